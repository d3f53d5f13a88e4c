package vn.loa.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import vn.loa.LoaException;
import vn.loa.load.Section;
import vn.loa.load.YamlMap;
import vn.loa.text.Vietnamese;

/**
 * The keys Loa reads in front matter and in {@code site.yaml}, with the kind of value each takes.
 *
 * <p>An unknown key is a warning (the build ignores it, a theme may still read it through {@code page.params}), with
 * the closest known key as a suggestion ({@code tittle} → {@code title}, also from Vietnamese names such as
 * {@code tiêu_đề}). A plan's document keys ({@code issuer}, {@code number}, …) outside {@code content/ke-hoach/} are
 * a warning too: only plans show them. A value of the wrong kind is an error with the loader's own message, found with
 * the loader's own accessors, so that every such value of a file is reported and not only the first.
 */
final class Schema {

    enum Type { STRING, DATE, LIST, INTEGER, BOOLEAN, MAP, MAP_LIST, MAP_OF }

    /** A key, its type, and for a nested mapping the level its keys are checked against (null: any keys). */
    record Key(String name, Type type, Level nested, boolean planOnly) {
    }

    /** The keys of one mapping, and how messages name it ("phần đầu", "sự kiện", …). */
    record Level(String label, Map<String, Key> keys, Map<String, String> aliases) {
        Level add(String name, Type type) {
            return add(name, type, null, false);
        }

        Level add(String name, Type type, Level nested, boolean planOnly) {
            keys.put(name, new Key(name, type, nested, planOnly));
            return this;
        }

        Level alias(String folded, String key) {
            aliases.put(folded, key);
            return this;
        }

        static Level of(String label) {
            return new Level(label, new LinkedHashMap<>(), new LinkedHashMap<>());
        }
    }

    static final Level SIGNER = Level.of("của 'signer'")
            .add("authority", Type.STRING).add("position", Type.STRING).add("name", Type.STRING)
            .alias("tham_quyen", "authority").alias("chuc_vu", "position").alias("ho_ten", "name").alias("ten", "name");

    static final Level WEEK = Level.of("của tuần trọng tâm")
            .add("start", Type.DATE).add("end", Type.DATE)
            .alias("bat_dau", "start").alias("ket_thuc", "end").alias("tu", "start").alias("den", "end");

    static final Level EVENT = Level.of("của sự kiện")
            .add("title", Type.STRING).add("id", Type.STRING).add("start", Type.DATE).add("end", Type.DATE)
            .add("part_of_day", Type.STRING).add("kind", Type.STRING).add("weekday", Type.STRING)
            .add("location", Type.STRING).add("lead", Type.LIST).add("partners", Type.LIST)
            .add("source", Type.STRING).add("description", Type.STRING)
            .alias("ten", "title").alias("ten_hoat_dong", "title").alias("noi_dung", "title")
            .alias("bat_dau", "start").alias("thoi_gian", "start").alias("ngay", "start").alias("ket_thuc", "end")
            .alias("buoi", "part_of_day").alias("loai", "kind").alias("thu", "weekday")
            .alias("dia_diem", "location").alias("place", "location").alias("venue", "location")
            .alias("chu_tri", "lead").alias("don_vi_chu_tri", "lead")
            .alias("phoi_hop", "partners").alias("don_vi_phoi_hop", "partners")
            .alias("nguon", "source").alias("trich_dan", "source").alias("mo_ta", "description").alias("ghi_chu", "description");

    static final Level FRONT_MATTER = Level.of("của phần đầu")
            .add("title", Type.STRING).add("date", Type.DATE).add("summary", Type.STRING).add("tags", Type.LIST)
            .add("campaign", Type.STRING).add("year", Type.INTEGER).add("focus_week", Type.MAP, WEEK, false)
            .add("draft", Type.BOOLEAN).add("slug", Type.STRING).add("image", Type.STRING).add("image_alt", Type.STRING)
            .add("events", Type.MAP_LIST, EVENT, false).add(vn.loa.load.ReportsOn.KEY, Type.LIST)
            .add("kind", Type.STRING, null, true).add("issuer", Type.LIST, null, true)
            .add("number", Type.STRING, null, true).add("place", Type.STRING, null, true)
            .add("basis", Type.LIST, null, true).add("themes", Type.LIST, null, true)
            .add("slogans", Type.LIST, null, true).add("recipients", Type.LIST, null, true)
            .add("signer", Type.MAP, SIGNER, true)
            .alias("tieu_de", "title").alias("ngay", "date").alias("ngay_dang", "date").alias("ngay_ban_hanh", "date")
            .alias("tom_tat", "summary").alias("mo_ta", "summary").alias("description", "summary")
            .alias("the", "tags").alias("tu_khoa", "tags").alias("categories", "tags")
            .alias("chien_dich", "campaign").alias("nam", "year").alias("tuan_trong_tam", "focus_week")
            .alias("nhap", "draft").alias("ban_nhap", "draft").alias("anh", "image").alias("hinh_anh", "image")
            .alias("anh_dai_dien", "image").alias("su_kien", "events").alias("hoat_dong", "events")
            .alias("loai", "kind").alias("loai_van_ban", "kind").alias("co_quan", "issuer").alias("co_quan_ban_hanh", "issuer")
            .alias("so", "number").alias("so_hieu", "number").alias("so_ky_hieu", "number")
            .alias("noi_ban_hanh", "place").alias("dia_danh", "place").alias("can_cu", "basis")
            .alias("chu_de", "themes").alias("theme", "themes").alias("khau_hieu", "slogans").alias("slogan", "slogans")
            .alias("noi_nhan", "recipients").alias("nguoi_ky", "signer").alias("chu_ky", "signer");

    static final Level MENU_ITEM = Level.of("của mục menu").add("title", Type.STRING).add("url", Type.STRING);

    static final Level SITE_WEEK = Level.of("của tuần trọng tâm").add("start", Type.STRING).add("end", Type.STRING);

    static final Level CAMPAIGN = Level.of("của chiến dịch")
            .add("name", Type.STRING).add("short_name", Type.STRING).add("description", Type.STRING)
            .add("day", Type.STRING).add("week", Type.MAP, SITE_WEEK, false).add("years", Type.MAP_OF, WEEK, false)
            .alias("ten", "name").alias("ngay", "day").alias("tuan", "week").alias("nam", "years");

    static final Level EDITOR = Level.of("của 'editor'")
            .add("backend", Type.STRING).add("repo", Type.STRING).add("branch", Type.STRING).add("base_url", Type.STRING)
            .add("api_root", Type.STRING).add("workflow", Type.BOOLEAN)
            .alias("kho", "repo").alias("nhanh", "branch").alias("duyet", "workflow");

    static final Level SITE = Level.of("của site.yaml")
            .add("title", Type.STRING).add("description", Type.STRING).add("language", Type.STRING)
            .add("base_url", Type.STRING).add("theme", Type.STRING).add("timezone", Type.STRING)
            .add("pagination", Type.INTEGER).add("allow_html", Type.BOOLEAN)
            .add("organisation", Type.MAP).add("press_contact", Type.MAP)
            .add("menu", Type.MAP_LIST, MENU_ITEM, false).add("campaigns", Type.MAP_OF, CAMPAIGN, false)
            .add("footer_menu", Type.MAP_LIST, MENU_ITEM, false).add("logo", Type.STRING).add("time_format", Type.STRING)
            .add("editor", Type.MAP, EDITOR, false).add("image_max_kb", Type.INTEGER)
            .add("precompress", Type.BOOLEAN).add("server_files", Type.BOOLEAN)
            .add("publish", Type.STRING)
            .alias("baseurl", "base_url").alias("url", "base_url").alias("organization", "organisation")
            .alias("time_zone", "timezone").alias("paginate", "pagination").alias("chien_dich", "campaigns")
            .alias("bieu_trung", "logo").alias("logo_url", "logo").alias("emblem", "logo")
            .alias("dinh_dang_gio", "time_format").alias("cach_viet_gio", "time_format").alias("footer", "footer_menu");

    private Schema() {
    }

    /** Checks a page's front matter; {@code section} is null when the file is in no section. */
    static void frontMatter(YamlMap fm, Section section, Consumer<Finding> out) {
        check(fm, FRONT_MATTER, section, out);
    }

    static void site(YamlMap site, Consumer<Finding> out) {
        check(site, SITE, null, out);
    }

    private static void check(YamlMap map, Level level, Section section, Consumer<Finding> out) {
        String file = Findings.name(map.file());
        for (String key : map.keys()) {
            Key k = level.keys().get(key);
            if (k == null) {
                Optional<String> near = suggestion(key, level);
                String message = "khóa '" + key + "' " + level.label() + " không có trong các khóa Loa đọc nên bị bỏ qua"
                        + near.map(n -> "; có phải ý bạn là '" + n + "'?").orElse("");
                String fix = near.map(n -> "sửa thành '" + n + "'")
                        .orElse("xóa dòng này nếu không cần; các khóa dùng được: " + String.join(", ", level.keys().keySet()));
                out.accept(new Finding(file, map.lineOf(key), Severity.WARNING, message, fix));
                continue;
            }
            if (k.planOnly() && section != null && section != Section.PLANS) {
                out.accept(new Finding(file, map.lineOf(key), Severity.WARNING,
                        "khóa '" + key + "' chỉ dùng cho kế hoạch (content/ke-hoach/); ở mục '" + section.label() + "' nó bị bỏ qua",
                        "xóa dòng này, hoặc chuyển bài vào content/ke-hoach/ nếu đây là một văn bản kế hoạch"));
            }
            try {
                value(map, k, section, out);
            } catch (LoaException e) {
                out.accept(new Finding(Findings.name(e.file()), e.line(), Severity.ERROR, e.problem(), e.fix()));
            }
        }
    }

    private static void value(YamlMap map, Key k, Section section, Consumer<Finding> out) {
        String key = k.name();
        switch (k.type()) {
            case STRING -> map.string(key);
            case DATE -> map.dateTime(key);
            case LIST -> map.stringList(key);
            case INTEGER -> map.integer(key, 0);
            case BOOLEAN -> map.bool(key, false);
            case MAP -> {
                YamlMap nested = map.map(key);
                if (nested != null && k.nested() != null) {
                    check(nested, k.nested(), section, out);
                }
            }
            case MAP_LIST -> {
                List<YamlMap> items = map.mapList(key);
                for (YamlMap item : items) {
                    if (k.nested() != null) {
                        check(item, k.nested(), section, out);
                    }
                }
            }
            case MAP_OF -> {
                YamlMap all = map.map(key);
                if (all != null) {
                    for (String sub : all.keys()) {
                        try {
                            YamlMap nested = all.map(sub);
                            if (nested != null) {
                                check(nested, k.nested(), section, out);
                            }
                        } catch (LoaException e) {
                            out.accept(new Finding(Findings.name(e.file()), e.line(), Severity.ERROR, e.problem(), e.fix()));
                        }
                    }
                }
            }
        }
    }

    /** The known key a misspelt or Vietnamese-named key most likely means. */
    static Optional<String> suggestion(String key, Level level) {
        String folded = Vietnamese.fold(key).strip().replace(' ', '_').replace('-', '_');
        String alias = level.aliases().get(folded);
        if (alias != null) {
            return Optional.of(alias);
        }
        return Closest.to(key, level.keys().keySet());
    }
}

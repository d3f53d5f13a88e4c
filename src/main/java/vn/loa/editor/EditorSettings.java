package vn.loa.editor;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.loa.LoaException;
import vn.loa.load.SiteConfig;

/**
 * The {@code editor:} settings of {@code site.yaml}, for a hosted editor that saves through a Git
 * host (Decap CMS's GitHub, GitLab and Gitea backends):
 *
 * <pre>
 * editor:
 *   backend: github            # github, gitlab or gitea
 *   repo: so-khcn/cong-thong-tin
 *   branch: main               # default main
 *   base_url: https://auth.example.gov.vn   # the OAuth service (GitHub), when not Netlify's
 *   api_root: https://git.example.gov.vn/api/v1   # a self-hosted GitLab or Gitea
 *   workflow: true             # drafts go through review: Bản nháp → Chờ duyệt → Sẵn sàng
 * </pre>
 */
public record EditorSettings(String backend, String repo, String branch, String baseUrl, String apiRoot, boolean workflow) {

    static final List<String> BACKENDS = List.of("github", "gitlab", "gitea");
    private static final Path SITE_YAML = Path.of("content", "site.yaml");

    /** The settings of a site, or empty when {@code site.yaml} names no Git host. */
    public static Optional<EditorSettings> of(SiteConfig site) {
        Object e = site.params().get("editor");
        if (!(e instanceof Map<?, ?> m)) {
            return Optional.empty();
        }
        String backend = string(m, "backend");
        if (backend == null) {
            return Optional.empty();
        }
        if (!BACKENDS.contains(backend)) {
            throw new LoaException(SITE_YAML, 0, "máy chủ Git '" + backend + "' của editor.backend không có trong các loại trình soạn thảo dùng được",
                    "viết một trong: " + String.join(", ", BACKENDS));
        }
        String repo = string(m, "repo");
        if (repo == null || !repo.matches("(?!\\.)[\\w.-]+(/(?!\\.)[\\w.-]+)+")) {
            throw new LoaException(SITE_YAML, 0, "editor.repo phải là tên kho dạng 'tổ-chức/tên-kho'",
                    "viết ví dụ 'repo: so-khcn/cong-thong-tin'");
        }
        String branch = string(m, "branch");
        return Optional.of(new EditorSettings(backend, repo, branch == null ? "main" : branch, string(m, "base_url"),
                string(m, "api_root"), Boolean.TRUE.equals(m.get("workflow"))));
    }

    /** The {@code backend:} block of Decap's configuration. */
    Map<String, Object> backendBlock() {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("name", backend);
        b.put("repo", repo);
        b.put("branch", branch);
        if (baseUrl != null) {
            b.put("base_url", baseUrl);
        }
        if (apiRoot != null) {
            b.put("api_root", apiRoot);
        }
        return b;
    }

    private static String string(Map<?, ?> m, String key) {
        Object v = m.get(key);
        return v == null || v.toString().isBlank() ? null : v.toString().strip();
    }
}

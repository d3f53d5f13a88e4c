package vn.loa.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.search.SearchFixtures.doc;
import static vn.loa.search.SearchFixtures.ids;
import static vn.loa.search.SearchFixtures.index;
import static vn.loa.search.SearchFixtures.news;
import static vn.loa.search.SearchFixtures.searcher;

import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How results are ranked. In every case the page that should come first is given the higher id
 * (it is older), so that only the rule under test can put it first: ties go to newer pages.
 */
class RankingTest {

    @Test
    void exactDiacriticsRankFirst() {
        Searcher s = searcher(index(List.of(
                news("Chuyện thường ngày", "Nhiều người đói môi khô vì nắng."),
                news("Chuyện cải cách", "Đổi mới là con đường duy nhất."))));
        assertEquals(List.of(1, 0), ids(s, "đổi mới"), "the page with “đổi mới” above the one with “đói môi”");
        assertEquals(List.of(0, 1), ids(s, "đói môi"), "and the other way round");
    }

    @Test
    void withoutMarksBothMatchAndNeitherIsPreferred() {
        Searcher s = searcher(index(List.of(
                news("Chuyện thường ngày", "Nhiều người đói môi khô vì nắng."),
                news("Chuyện cải cách", "Đổi mới là con đường duy nhất."))));
        assertEquals(List.of(0, 1), ids(s, "doi moi"), "both match; equal scores, so the newer first");
        List<Searcher.Hit> hits = s.search("doi moi", Searcher.Filter.NONE).hits();
        assertEquals(hits.get(0).exact(), hits.get(1).exact());
        assertEquals(hits.get(0).score(), hits.get(1).score());
    }

    @ParameterizedTest
    @ValueSource(strings = {"doi moi sang tao", "đổi mới sáng tạo", "Đổi Mới", "ĐỔI MỚI SÁNG TẠO", "  đổi   mới, "})
    void withAndWithoutMarksFindTheSamePages(String query) {
        Searcher s = searcher(index(List.of(
                news("Hội thảo đổi mới sáng tạo", "Nội dung hội thảo."),
                news("Tin khác", "Không liên quan."),
                news("Ngày hội", "Thanh niên đổi mới, sáng tạo trong công việc."))));
        assertEquals(Set.of(0, 2), Set.copyOf(ids(s, query)));
    }

    @Test
    void decomposedQueriesFindComposedText() {
        Searcher s = searcher(index(List.of(news("Đổi mới sáng tạo", "x"))));
        assertEquals(List.of(0), ids(s, Normalizer.normalize("đổi mới", Normalizer.Form.NFD)));
    }

    @Test
    void adjacentSyllablesRankAsAPhrase() {
        Searcher s = searcher(index(List.of(
                news("Tin một", "Cái mới trong công tác chuyển đổi số; đổi cách làm."),
                news("Tin hai", "Chương trình đổi mới công nghệ."))));
        assertEquals(List.of(1, 0), ids(s, "đổi mới"));
        assertEquals(List.of(1, 0), ids(s, "doi moi"));
    }

    @Test
    void aPhraseBeatsRepetition() {
        Searcher s = searcher(index(List.of(
                news("Tin một", "Đổi cách làm. Mới nhất. Đổi lịch. Mới. Đổi. Mới. Đổi. Mới."),
                news("Tin hai", "Đổi mới."))));
        assertEquals(List.of(1, 0), ids(s, "đổi mới"));
    }

    @Test
    void punctuationBreaksAPhrase() {
        Searcher s = searcher(index(List.of(
                news("Tin một", "Phải đổi, mới được."),
                news("Tin hai", "Phải đổi mới được."))));
        assertEquals(List.of(1, 0), ids(s, "đổi mới"));
        assertEquals(List.of(0, 1), ids(s, "đổi, mới"), "the query's own comma asks for no phrase: the newer first");
    }

    @Test
    void titlesWeighAboveBodies() {
        Searcher s = searcher(index(List.of(
                news("Tin một", "Triển lãm sản phẩm khoa học công nghệ tiêu biểu, triển lãm ảnh."),
                news("Triển lãm sản phẩm", "Nội dung khác."))));
        assertEquals(List.of(1, 0), ids(s, "triển lãm"));
    }

    @Test
    void summaryTagsNumberAndUnitsWeighAboveBodies() {
        Searcher s = searcher(index(List.of(
                doc("news", "Tin một", List.of(), "Sở hữu trí tuệ, 52/KH-SKHCN, Chi cục Tiêu chuẩn Đo lường Chất lượng", null, 2024),
                doc("news", "Tin hai", List.of("sở hữu trí tuệ"), "Nội dung.", null, 2024),
                doc("plan", "Kế hoạch ba", List.of("52/KH-SKHCN"), "Nội dung.", null, 2024),
                doc("plan", "Kế hoạch bốn", List.of("Chi cục Tiêu chuẩn Đo lường Chất lượng"), "Nội dung.", null, 2024))));
        assertEquals(List.of(1, 0), ids(s, "sở hữu trí tuệ"), "a tag");
        assertEquals(List.of(2, 0), ids(s, "52/KH-SKHCN"), "a document number");
        assertEquals(List.of(3, 0), ids(s, "chi cuc tieu chuan"), "a unit of an event");
    }

    @Test
    void aTitleAboveMetaAboveBody() {
        Searcher s = searcher(index(List.of(
                doc("news", "Tin một", List.of(), "hội thảo", null, 2024),
                doc("news", "Tin hai", List.of("hội thảo"), "x", null, 2024),
                doc("news", "Hội thảo ba", List.of(), "x", null, 2024))));
        assertEquals(List.of(2, 1, 0), ids(s, "hoi thao"));
    }

    @Test
    void everyWordMustMatchUnlessNoPageHasThemAll() {
        Searcher s = searcher(index(List.of(
                news("Hội thảo khởi nghiệp", "x"),
                news("Hội thảo", "x"),
                news("Khởi nghiệp", "x"))));
        Searcher.Result both = s.search("hội thảo khởi nghiệp", Searcher.Filter.NONE);
        assertEquals(List.of(0), both.hits().stream().map(Searcher.Hit::id).toList());
        assertFalse(both.partial());
        Searcher.Result some = s.search("hội thảo quốc tế", Searcher.Filter.NONE);
        assertTrue(some.partial(), "no page has “quốc tế”: pages with a part of the query, marked partial");
        assertEquals(List.of(0, 1), some.hits().stream().map(Searcher.Hit::id).toList());
        assertEquals(List.of(), ids(s, "xyzzy"));
        assertEquals(List.of(), ids(s, " … "));
    }

    @Test
    void onlyTheMarkedWordsOfAQueryAskForExactForms() {
        Searcher s = searcher(index(List.of(
                news("Tin một", "đói mồi"),
                news("Tin hai", "đổi mới"),
                news("Tin ba", "đổi môi"))));
        // "đổi" is typed exactly, "moi" is not: pages 1 and 2 have "đổi", page 0 does not.
        assertEquals(List.of(1, 2, 0), ids(s, "đổi moi"));
        assertEquals(List.of(1, 0, 2), ids(s, "doi mới"));
    }

    @Test
    void filtersNarrowByTypeCampaignAndYear() {
        Searcher s = searcher(index(List.of(
                doc("news", "Hội thảo A", List.of(), "x", "ngay-khcn", 2024),
                doc("plan", "Hội thảo B", List.of(), "x", "ngay-khcn", 2023),
                doc("plan", "Hội thảo C", List.of(), "x", "ngay-sang-tao", 2024),
                doc("page", "Hội thảo D", List.of(), "x", null, null))));
        assertEquals(List.of(0, 1, 2, 3), ids(s, "hội thảo"));
        assertEquals(List.of(1, 2), ids(s, "hội thảo", new Searcher.Filter("plan", null, null)));
        assertEquals(List.of(0, 1), ids(s, "hội thảo", new Searcher.Filter(null, "ngay-khcn", null)));
        assertEquals(List.of(0, 2), ids(s, "hội thảo", new Searcher.Filter(null, null, 2024)));
        assertEquals(List.of(2), ids(s, "hội thảo", new Searcher.Filter("plan", "ngay-sang-tao", 2024)));
        assertEquals(List.of(3), ids(s, "hội thảo", new Searcher.Filter("page", null, null)));
        assertEquals(List.of(), ids(s, "hội thảo", new Searcher.Filter("news", null, 2023)));
    }

    @Test
    void manyVariantsOfOneKeyKeepTheirExactForms() {
        List<String> forms = List.of("ma", "má", "mà", "mả", "mã", "mạ", "mâ", "mấ", "mầ", "mẩ", "mẫ", "mậ", "mă", "mắ");
        List<SearchDoc> docs = forms.stream().map(f -> news("Tin", "chữ " + f)).toList();
        Searcher s = searcher(index(docs));
        for (int i = 0; i < forms.size(); i++) {
            assertEquals(i, ids(s, forms.get(i)).get(0), forms.get(i));
            assertEquals(forms.size(), ids(s, forms.get(i)).size());
        }
        assertEquals(forms.stream().map(forms::indexOf).collect(Collectors.toList()), ids(s, "ma"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sáng tạo trẻ", "sang tao tre", "SÁNG TẠO TRẺ"})
    void anExactPhraseRanksAboveItsWordsScattered(String query) {
        Searcher s = searcher(index(List.of(
                doc("plan", "Kế hoạch sáng tạo cho tuổi trẻ", List.of("Đổi mới sáng tạo", "Tuổi trẻ tạo dựng tương lai"),
                        "Thanh niên trẻ sáng tạo, chế tạo sản phẩm mới. Sáng kiến trẻ.", "ngay-sang-tao", 2024),
                doc("plan", "Sáng tạo và tuổi trẻ", List.of("trẻ sáng tạo"), "Tạo môi trường cho người trẻ sáng tạo.", "ngay-sang-tao", 2024),
                doc("news", "Tin một", List.of(), "Cuộc thi Sáng tạo trẻ năm nay có 40 đội tham gia.", null, 2024))));
        List<Searcher.Hit> hits = s.search(query, Searcher.Filter.NONE).hits();
        assertEquals(2, hits.get(0).id(), "the page with the phrase first, though the others have its words in titles");
        assertEquals(Set.of(0, 1), Set.of(hits.get(1).id(), hits.get(2).id()));
        assertTrue(hits.get(0).score() < hits.get(1).score(), "and only the phrase puts it first: its score is lower");
        assertFalse(s.search(query, Searcher.Filter.NONE).phraseMissing());
    }

    @Test
    void aNameMatchesWholeBeforeItsSyllables() {
        Searcher s = searcher(index(List.of(
                news("Nông dân Đắk Lắk học kỹ thuật", "Hội thảo về nông nghiệp tại Đắk Lắk."),
                news("Đoàn công tác tỉnh Đắk Nông", "Làm việc về chuyển giao công nghệ."),
                news("Nông nghiệp công nghệ cao", "Đắk Lắk và Lâm Đồng."))));
        assertEquals(1, ids(s, "Đắk Nông").get(0), "the whole name first");
        assertEquals(1, ids(s, "dak nong").get(0));
        assertFalse(s.search("Đắk Nông", Searcher.Filter.NONE).phraseMissing());
    }

    @Test
    void whenNoPageHasTheWholeNameTheResultSaysSo() {
        Searcher s = searcher(index(List.of(
                news("Nông nghiệp công nghệ cao", "Mô hình nông nghiệp."),
                news("Đắk Lắk học kỹ thuật", "Nông dân tham gia."),
                news("Tin khác", "Không liên quan."))));
        Searcher.Result r = s.search("Đắk Nông", Searcher.Filter.NONE);
        assertTrue(r.phraseMissing(), "no page has “Đắk Nông”");
        assertFalse(r.partial(), "page 1 has both syllables, apart");
        assertEquals(List.of(1), r.hits().stream().map(Searcher.Hit::id).toList());
        Searcher.Result none = s.search("Đắk Nông Lâm", Searcher.Filter.NONE);
        assertTrue(none.partial() && none.phraseMissing());
        assertFalse(s.search("Đắk, Nông", Searcher.Filter.NONE).phraseMissing(), "a comma asks for no phrase");
        assertFalse(s.search("nông", Searcher.Filter.NONE).phraseMissing(), "one word is no phrase");
        assertFalse(s.search("xyzzy quux", Searcher.Filter.NONE).phraseMissing(), "nothing found: nothing to say about parts");
    }
}

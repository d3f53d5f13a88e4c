package vn.loa.editor;

import org.jsoup.nodes.Entities;
import vn.loa.load.SiteConfig;

/**
 * The editor's page for Word files ({@code /admin/nhap-van-ban/} on {@code loa serve}): a staff
 * member picks a .docx, .doc, PDF, text or HTML document and a section; {@code loa serve} imports
 * it into a new page bundle and the page lists what to check, with a link that opens the new entry
 * in the editor. The upload address carries the run's token; the page, like the editor's
 * configuration, is readable by this server's own pages only.
 */
public final class ImportPage {

    private ImportPage() {
    }

    public static String html(SiteConfig site, String uploadUrl) {
        return EditorPage.head("Nhập văn bản", site)
                + "<style>body{font:16px/1.5 system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}"
                + "label{display:block;margin:1rem 0 .25rem;font-weight:600}button{margin-top:1rem;padding:.5rem 1rem;font:inherit}"
                + "#ket-qua li{margin:.25rem 0}.loi{color:#a40000}</style>\n"
                + "</head>\n<body>\n<main>\n<h1>Nhập văn bản Word, PDF</h1>\n"
                + "<p>Loa đọc văn bản, tạo bài mới (bản nháp) và liệt kê những chỗ cần kiểm tra. Văn bản gốc được lưu kèm bài.</p>\n"
                + "<form id=\"nhap\" data-upload=\"" + Entities.escape(uploadUrl) + "\">\n"
                + "<label for=\"tep\">Tệp văn bản (.docx, .doc, .pdf, .txt, .html)</label>\n"
                + "<input id=\"tep\" name=\"tep\" type=\"file\" accept=\".docx,.doc,.pdf,.txt,.md,.html,.htm\" required>\n"
                + "<label for=\"muc\">Đưa vào mục</label>\n"
                + "<select id=\"muc\" name=\"muc\"><option value=\"ke-hoach\">Kế hoạch</option><option value=\"tin-tuc\">Tin tức</option></select>\n"
                + "<button type=\"submit\">Nhập văn bản</button>\n</form>\n"
                + "<div id=\"ket-qua\" role=\"status\" aria-live=\"polite\"></div>\n"
                + "<p><a href=\"../\">← Về trình soạn thảo</a></p>\n"
                + "<noscript><p>Trang này cần JavaScript; hoặc dùng lệnh <code>loa import TỆP</code>.</p></noscript>\n"
                + "</main>\n<script>\n"
                + "document.getElementById('nhap').addEventListener('submit', function (e) {\n"
                + "  e.preventDefault();\n"
                + "  var form = e.target, file = document.getElementById('tep').files[0], out = document.getElementById('ket-qua');\n"
                + "  if (!file) { return; }\n"
                + "  out.textContent = 'Đang đọc văn bản…';\n"
                + "  var url = form.dataset.upload + '&section=' + encodeURIComponent(document.getElementById('muc').value)\n"
                + "    + '&name=' + encodeURIComponent(file.name);\n"
                + "  fetch(url, {method: 'POST', headers: {'Content-Type': 'application/octet-stream'}, body: file})\n"
                + "    .then(function (r) { return r.json(); })\n"
                + "    .then(function (a) {\n"
                + "      out.textContent = '';\n"
                + "      if (a.error) { var p = document.createElement('p'); p.className = 'loi'; p.textContent = a.error; out.appendChild(p); return; }\n"
                + "      var h = document.createElement('h2'); h.textContent = 'Đã tạo ' + a.path; out.appendChild(h);\n"
                + "      var intro = document.createElement('p'); intro.textContent = 'Cần kiểm tra trước khi đăng:'; out.appendChild(intro);\n"
                + "      var ul = document.createElement('ul');\n"
                + "      a.review.forEach(function (line) { var li = document.createElement('li'); li.textContent = line; ul.appendChild(li); });\n"
                + "      out.appendChild(ul);\n"
                + "      var link = document.createElement('a');\n"
                + "      link.href = '../#/collections/' + encodeURIComponent(a.collection) + '/entries/' + a.entry.split('/').map(encodeURIComponent).join('/');\n"
                + "      link.textContent = 'Mở bài trong trình soạn thảo'; out.appendChild(link);\n"
                + "    })\n"
                + "    .catch(function () { out.textContent = 'Không gửi được tệp; kiểm tra rằng loa serve vẫn đang chạy.'; });\n"
                + "});\n"
                + "</script>\n</body>\n</html>\n";
    }
}

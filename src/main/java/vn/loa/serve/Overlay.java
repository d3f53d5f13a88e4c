package vn.loa.serve;

import java.util.List;

/**
 * The box {@code loa serve} shows over every page while the last build had something to say: each
 * message as the terminal printed it (file and line, problem, how to fix), escaped. The page under
 * it is the last good one. Only the preview has it; it is never written into the site.
 */
final class Overlay {

    private Overlay() {
    }

    /** @param failed whether the build failed; else the messages are what the checks found in the pages a save changed */
    static String html(List<String> messages, boolean failed) {
        if (messages.isEmpty()) {
            return "";
        }
        String title = failed
                ? messages.size() + " lỗi khi xây dựng lại — trang bạn đang xem là bản tốt gần nhất. Sửa tệp rồi lưu, trang sẽ tự tải lại."
                : "kiểm tra các bài vừa sửa thấy " + messages.size() + " điều cần xem (như lệnh loa check).";
        StringBuilder sb = new StringBuilder(512);
        sb.append("<div id=\"loa-loi\" role=\"alert\" style=\"position:fixed;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;")
                .append("z-index:2147483647;margin:0;padding:1rem 1.25rem;background:#fff4f2;color:#4a0d05;border-top:4px solid #b3261e;")
                .append("font:15px/1.5 system-ui,sans-serif;box-shadow:0 -4px 16px rgba(0,0,0,.25)\">")
                .append("<p style=\"margin:0 0 .5rem;font-weight:700\">Loa: ").append(escape(title)).append("</p>")
                .append("<ul style=\"margin:0;padding-left:1.25rem\">");
        for (String m : messages) {
            sb.append("<li style=\"margin:.25rem 0;white-space:pre-wrap;font-family:ui-monospace,monospace\">").append(escape(m)).append("</li>");
        }
        return sb.append("</ul></div>").toString();
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}

package vn.loa.safety;

/**
 * An SVG drawing (a gradient, a path, Vietnamese text, an ordinary link, an embedded PNG) carrying everything that
 * could run or load something: a DOCTYPE, a stylesheet instruction, a script, event handlers, {@code javascript:}
 * links (also {@code xlink:href}, also in mixed case with a tab), a {@code foreignObject} with HTML, external
 * {@code use} and {@code image}, CSS {@code @import} and {@code url()} (also escaped), {@code set} and {@code animate}.
 */
public final class HostileSvg {

    public static final String TEXT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
            <?xml-stylesheet href="bien-doi.xsl" type="text/xsl"?>
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
                 xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" viewBox="0 0 120 60" onload="alert('nạp')">
              <!-- ghi chú của trình vẽ -->
              <script type="text/javascript">alert('kịch bản')</script>
              <defs>
                <linearGradient id="nen"><stop offset="0" stop-color="#c00"/><stop offset="1" stop-color="#fc0"/></linearGradient>
                <style>.chu { font-family: sans-serif; fill: url(#nen) }</style>
              </defs>
              <g inkscape:label="Lớp 1" onclick="alert('bấm')" onmouseover="alert('di chuột')">
                <rect class="nen" width="120" height="60" fill="url(#nen)"/>
                <path d="M10 10 L110 50" stroke="#036" stroke-width="2"/>
                <text x="60" y="35" class="chu" text-anchor="middle">Ngày Sáng tạo &amp; Đổi mới</text>
              </g>
              <a xlink:href="javascript:alert('liên kết')"><circle cx="10" cy="10" r="5"/></a>
              <a href="  JaVa&#x09;Script:alert('hoa thường')"><circle cx="20" cy="10" r="5"/></a>
              <a href="https://skhcn.example.vn/tin-tuc/"><circle cx="30" cy="10" r="5"/></a>
              <foreignObject width="100" height="50"><div xmlns="http://www.w3.org/1999/xhtml" onclick="alert('html')">HTML</div></foreignObject>
              <use xlink:href="https://theo-doi.example.com/bieu-tuong.svg#a"/>
              <use href="#nen"/>
              <image href="https://theo-doi.example.com/pixel.png" width="1" height="1"/>
              <image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>
              <image href="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" width="1" height="1"/>
              <style>@import url("https://theo-doi.example.com/kieu.css");</style>
              <set attributeName="href" to="javascript:alert('đặt')"/>
              <animate attributeName="href" values="javascript:alert('hoạt hình')"/>
              <rect width="1" height="1" style="fill: url(https://theo-doi.example.com/x.svg#g)"/>
              <rect width="2" height="2" style="fill: u\\72l(https://theo-doi.example.com/y)"/>
            </svg>
            """;

    private HostileSvg() {
    }
}

package vn.loa.theme;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.loa.Key;
import vn.loa.load.Campaign;
import vn.loa.load.Section;
import vn.loa.serverconfig.HostFiles;

/**
 * With {@code server_files: true}: {@code .htaccess}, {@code _headers} and {@code _redirects}
 * ({@link HostFiles}). They read the site's settings (the base path of {@code base_url}) and the
 * campaigns that have feeds, both in the site key, and Loa's version.
 */
final class ServerFileOutputs {

    private ServerFileOutputs() {
    }

    static void plan(OutputPlan plan) {
        if (!plan.site.config().serving().serverFiles()) {
            return;
        }
        String baseUrl = plan.site.config().baseUrl();
        String basePath = baseUrl == null ? "/" : java.net.URI.create(baseUrl).getRawPath();
        List<String> feeds = new ArrayList<>();
        for (Section s : List.of(Section.NEWS, Section.PLANS)) {
            feeds.add(s.urlPrefix() + "index.xml");
        }
        for (Campaign c : plan.site.campaigns()) {
            feeds.add("/chien-dich/" + c.id() + "/index.xml");
        }
        Key key = plan.key("server-files").add(basePath).addValue(feeds);
        long k = key.get();
        plan.file("/.htaccess", Key.of("htaccess").add(k), () -> bytes(HostFiles.htaccess(basePath)));
        plan.file("/_headers", Key.of("headers").add(k), () -> bytes(HostFiles.headers(feeds)));
        plan.file("/_redirects", Key.of("redirects").add(k), () -> bytes(HostFiles.redirects()));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

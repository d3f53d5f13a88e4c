package vn.loa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code loa server-config}: what it prints for each server and base path, its usage errors, and
 * the server files a site asks for with {@code server_files: true}. That the configurations work
 * is proved on real servers by {@code vn.loa.browser.WebServersTest}.
 */
class ServerConfigCommandTest {

    @TempDir
    Path dir;

    @Test
    void nginxAtTheRootServesTheFolderWithItsOwn404Page() {
        TinySite.Run r = TinySite.run("server-config", "nginx", "--root", "/srv/khcn/site", "--port", "8080");
        assertEquals(0, r.exit(), r::toString);
        String c = r.out();
        assertTrue(c.contains("listen 8080;") && c.contains("root /srv/khcn/site;"), c);
        assertTrue(c.contains("error_page 404 /404.html;") && c.contains("gzip_static on;"), c);
        assertTrue(c.contains("text/calendar ics;") && c.contains("default_type application/atom+xml;"), c);
        assertTrue(c.contains("\"public, max-age=31536000, immutable\"") && c.contains("Cache-Control \"no-cache\""), c);
        assertTrue(c.contains("add_header X-Content-Type-Options nosniff always;"), c);
        assertFalse(c.contains("alias"), c);
    }

    @Test
    void underABasePathTheFolderIsAnAliasAndThe404PageLivesThere() {
        for (String given : new String[] {"/khcn/", "khcn", "/khcn"}) {
            TinySite.Run r = TinySite.run("server-config", "nginx", "--root", "/srv/site/", "--base-path", given, "--listen", "127.0.0.1");
            assertEquals(0, r.exit(), r::toString);
            assertTrue(r.out().contains("location ^~ /khcn/ {\n        alias /srv/site/;"), r.out());
            assertTrue(r.out().contains("error_page 404 /khcn/404.html;") && r.out().contains("listen 127.0.0.1:80;"), r.out());
            assertTrue(r.out().contains("location = /khcn {\n        return 301 /khcn/;"), "the path without its slash: " + r.out());
        }
    }

    @Test
    void apachePrintsAVirtualHostWithTheSamePolicy() {
        TinySite.Run r = TinySite.run("server-config", "apache", "--root", "/srv/site", "--port", "8081", "--base-path", "/khcn/");
        assertEquals(0, r.exit(), r::toString);
        String c = r.out();
        assertTrue(c.contains("Listen 8081\n<VirtualHost *:8081>"), c);
        assertTrue(c.contains("Alias \"/khcn/\" \"/srv/site/\"") && c.contains("ErrorDocument 404 /khcn/404.html"), c);
        assertTrue(c.contains("AddType text/calendar .ics") && c.contains("ForceType \"application/atom+xml; charset=utf-8\""), c);
        assertTrue(c.contains("RewriteBase /khcn/") && c.contains("AddEncoding gzip .gz"), c);
        assertTrue(c.contains("Header always set Content-Security-Policy \"default-src 'self'; script-src 'self'; style-src 'self';"), c);
        assertTrue(c.trim().endsWith("</VirtualHost>"), c);
    }

    @Test
    void theRootDefaultsToSiteInTheCurrentFolder() {
        TinySite.Run r = TinySite.run("server-config", "nginx");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("root " + Path.of("site").toAbsolutePath().normalize() + ";"), r.out());
    }

    @Test
    void anUnknownServerABadPortOrBasePathIsAUsageError() {
        String[][] bad = {
                {"server-config", "iis"},
                {"server-config", "nginx", "--port", "0"},
                {"server-config", "nginx", "--port", "70000"},
                {"server-config", "nginx", "--base-path", "/a b/"},
                {"server-config", "nginx", "--base-path", "/../etc/"},
                {"server-config", "apache", "--base-path", "/x\";/"},
                {"server-config", "nginx", "--listen", "1.2.3.4; evil"},
                {"server-config", "nginx", "--root", "/srv/a b"},
        };
        for (String[] args : bad) {
            TinySite.Run r = TinySite.run(args);
            assertEquals(2, r.exit(), () -> String.join(" ", args) + ": " + r);
            assertEquals("", r.out(), "nothing half printed");
            assertFalse(r.err().contains("Exception"), r.err());
        }
    }

    @Test
    void aSiteAskingForServerFilesCarriesThem() throws Exception {
        TinySite site = new TinySite(dir);
        site.write("content/site.yaml", TinySite.SITE_YAML + "base_url: https://so.example.vn/khcn/\nserver_files: true\n");
        site.write("content/tin-tuc/tin.md", "---\ntitle: Tin\ndate: 2024-05-01\n---\n\nNội dung.\n");
        site.buildGood();
        String htaccess = Files.readString(site.output.resolve(".htaccess"));
        assertTrue(htaccess.contains("ErrorDocument 404 /khcn/404.html") && htaccess.contains("RewriteBase /khcn/"), htaccess);
        String headers = Files.readString(site.output.resolve("_headers"));
        assertTrue(headers.contains("/css/*\n  Cache-Control: public, max-age=31536000, immutable"), headers);
        assertTrue(headers.contains("/tin-tuc/index.xml\n  Content-Type: application/atom+xml; charset=utf-8"), headers);
        assertTrue(headers.contains("  X-Content-Type-Options: nosniff"), headers);
        assertEquals("/*  /404.html  404", Files.readString(site.output.resolve("_redirects")).lines().reduce((a, b) -> b).orElse(""));

        site.write("content/site.yaml", TinySite.SITE_YAML + "base_url: https://so.example.vn/khcn/\n");
        site.buildGood();
        assertFalse(Files.exists(site.output.resolve(".htaccess")) || Files.exists(site.output.resolve("_headers")),
                "gone when the site no longer asks");
    }
}

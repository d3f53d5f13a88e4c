package vn.loa.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Real nginx and Apache httpd (Debian's {@code nginx}/{@code nginx-light} and {@code apache2},
 * which {@code .ci/server-deps} installs), started on free loopback ports with configurations that
 * only wrap what {@code loa server-config} prints: the generated {@code server { }} blocks and
 * {@code <VirtualHost>}s are included as they are. Each server runs in the foreground as a child
 * of the test and is stopped by {@link #close}.
 */
final class WebServers {

    static final Path NGINX = Path.of("/usr/sbin/nginx");
    static final Path APACHE = Path.of("/usr/sbin/apache2");
    static final Path APACHE_MODULES = Path.of("/usr/lib/apache2/modules");

    static final String HOW_TO_INSTALL = "run .ci/server-deps (apt-get install nginx-light apache2)";

    private WebServers() {
    }

    /** Why nginx cannot run here, or null. */
    static String nginxMissing() {
        if (!Files.isExecutable(NGINX)) {
            return "no nginx at " + NGINX;
        }
        return Files.isRegularFile(Path.of("/etc/nginx/mime.types")) ? null : "no /etc/nginx/mime.types";
    }

    /** Why Apache httpd cannot run here, or null. */
    static String apacheMissing() {
        if (!Files.isExecutable(APACHE)) {
            return "no Apache httpd at " + APACHE;
        }
        for (String m : List.of("mpm_event", "authz_core", "mime", "dir", "alias", "rewrite", "headers")) {
            if (!Files.isRegularFile(APACHE_MODULES.resolve("mod_" + m + ".so"))) {
                return "no Apache module " + m + " in " + APACHE_MODULES;
            }
        }
        return null;
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Lets a server's workers (nobody, when the test runs as root) read the site and its parents. */
    static void readableByAll(Path site) throws IOException {
        try (Stream<Path> s = Files.walk(site)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        // Not the temporary folder or what holds it (/tmp, /dev/shm): they stay writable by all.
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        for (Path p = site.getParent(); p != null && !p.equals(p.getRoot()); p = p.getParent()) {
            if (Files.isWritable(p) && !tmp.startsWith(p)) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    /** A running server; closing stops it. */
    record Running(String name, Process process, Path log) implements AutoCloseable {
        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** nginx in the foreground, its http block holding the generated server blocks. */
    static Running nginx(Path dir, List<String> serverBlocks, List<Integer> ports) throws IOException {
        Path conf = Files.createDirectories(dir.resolve("conf"));
        Files.createDirectories(dir.resolve("logs"));
        Files.createDirectories(dir.resolve("tmp"));
        Files.copy(Path.of("/etc/nginx/mime.types"), conf.resolve("mime.types"));
        StringBuilder main = new StringBuilder();
        if (root()) {
            main.append("user nobody nogroup;\n");
        }
        main.append("worker_processes 1;\ndaemon off;\npid ").append(dir.resolve("nginx.pid")).append(";\n")
                .append("error_log ").append(dir.resolve("logs/error.log")).append(" warn;\n")
                .append("events { worker_connections 64; }\n")
                .append("http {\n  access_log off;\n")
                .append("  client_body_temp_path ").append(dir.resolve("tmp/body")).append(";\n")
                // nginx makes its other temporary folders at start, under /var/lib/nginx unless told: a user
                // that is not root may not write there.
                .append("  proxy_temp_path ").append(dir.resolve("tmp/proxy")).append(";\n")
                .append("  fastcgi_temp_path ").append(dir.resolve("tmp/fastcgi")).append(";\n")
                .append("  uwsgi_temp_path ").append(dir.resolve("tmp/uwsgi")).append(";\n")
                .append("  scgi_temp_path ").append(dir.resolve("tmp/scgi")).append(";\n");
        for (int i = 0; i < serverBlocks.size(); i++) {
            Path f = conf.resolve("site" + i + ".conf");
            Files.writeString(f, serverBlocks.get(i), StandardCharsets.UTF_8);
            main.append("  include ").append(f).append(";\n");
        }
        main.append("}\n");
        Path mainConf = conf.resolve("nginx.conf");
        Files.writeString(mainConf, main, StandardCharsets.UTF_8);
        return start("nginx", List.of(NGINX.toString(), "-p", dir.toString(), "-c", mainConf.toString()), dir, ports);
    }

    /** Apache httpd in the foreground, loading the modules the generated VirtualHosts need. */
    static Running apache(Path dir, List<String> virtualHosts, List<Integer> ports) throws IOException {
        Files.createDirectories(dir.resolve("logs"));
        StringBuilder main = new StringBuilder();
        main.append("ServerRoot ").append(dir).append("\nPidFile ").append(dir.resolve("httpd.pid"))
                .append("\nErrorLog ").append(dir.resolve("logs/error.log")).append("\nLogLevel warn\nServerName 127.0.0.1\n")
                .append("Mutex file:").append(dir).append("\n");
        if (root()) {
            main.append("User nobody\nGroup nogroup\n");
        }
        for (String m : List.of("mpm_event", "authz_core", "mime", "dir", "alias", "rewrite", "headers")) {
            main.append("LoadModule ").append(m).append("_module ").append(APACHE_MODULES.resolve("mod_" + m + ".so")).append("\n");
        }
        main.append("TypesConfig /etc/mime.types\n");
        for (int i = 0; i < virtualHosts.size(); i++) {
            Path f = dir.resolve("site" + i + ".conf");
            Files.writeString(f, virtualHosts.get(i), StandardCharsets.UTF_8);
            main.append("Include ").append(f).append("\n");
        }
        Path mainConf = dir.resolve("httpd.conf");
        Files.writeString(mainConf, main, StandardCharsets.UTF_8);
        return start("apache", List.of(APACHE.toString(), "-f", mainConf.toString(), "-DFOREGROUND"), dir, ports);
    }

    private static Running start(String name, List<String> command, Path dir, List<Integer> ports) throws IOException {
        Path log = dir.resolve("logs/" + name + ".out");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Running r = new Running(name, p, log);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        for (int port : ports) {
            while (!listening(port)) {
                if (!p.isAlive() || System.nanoTime() > until) {
                    r.close();
                    throw new IllegalStateException(name + " did not start: " + Files.readString(log)
                            + readIfThere(dir.resolve("logs/error.log")));
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
        return r;
    }

    private static String readIfThere(Path p) throws IOException {
        return Files.exists(p) ? Files.readString(p) : "";
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket(java.net.InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}

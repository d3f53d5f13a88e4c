package vn.loa.theme;

import java.util.function.Supplier;

/**
 * A file the theme stage will produce: {@code path} relative to the output folder
 * ({@code tin-tuc/x/index.html}), and how to make its bytes. Making is deferred so the write
 * stage can run it in parallel and never hold the whole site in memory.
 */
public record Output(String path, Supplier<byte[]> content) {
}

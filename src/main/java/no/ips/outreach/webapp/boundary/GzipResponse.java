package no.ips.outreach.webapp.boundary;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * A response whose body is gzip-compressed as it is written. The length the container would announce is that of the
 * uncompressed file, so it is dropped; headers are only changed once a body is actually written, so a 304 stays
 * bare.
 */
final class GzipResponse extends HttpServletResponseWrapper {

    private static final Set<String> TEXT = Set.of(".js", ".mjs", ".css", ".json", ".html", ".svg", ".webmanifest", ".map");

    private final HttpServletResponse response;
    private GZIPOutputStream gzip;
    private ServletOutputStream stream;
    private PrintWriter writer;

    GzipResponse(HttpServletResponse response) {
        super(response);
        this.response = response;
        response.addHeader("Vary", "Accept-Encoding");
    }

    static boolean wanted(HttpServletRequest request, String path) {
        String accepted = request.getHeader("Accept-Encoding");
        if (!"GET".equals(request.getMethod()) || accepted == null || !accepted.toLowerCase().contains("gzip")) {
            return false;
        }
        if (path.isEmpty() || path.equals("/")) {
            return true;
        }
        int dot = path.lastIndexOf('.');
        return dot >= 0 && TEXT.contains(path.substring(dot).toLowerCase());
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            response.setHeader("Content-Encoding", "gzip");
            response.setHeader("Content-Length", null);
            ServletOutputStream target = response.getOutputStream();
            gzip = new GZIPOutputStream(target, 8192);
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    gzip.write(b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    gzip.write(bytes, offset, length);
                }

                // readiness is the container stream's: compressed bytes go straight on to it
                @Override
                public boolean isReady() {
                    return target.isReady();
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    target.setWriteListener(listener);
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            String charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
        }
        return writer;
    }

    @Override
    public void setContentLength(int length) {
        // the compressed length is not known in advance
    }

    @Override
    public void setContentLengthLong(long length) {
        // the compressed length is not known in advance
    }

    @Override
    public void setHeader(String name, String value) {
        if (!"Content-Length".equalsIgnoreCase(name)) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (!"Content-Length".equalsIgnoreCase(name)) {
            super.addHeader(name, value);
        }
    }

    @Override
    public void flushBuffer() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        if (gzip != null) {
            gzip.flush();
        }
        super.flushBuffer();
    }

    void finish() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        if (gzip != null) {
            gzip.finish();
        }
    }
}

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A mail server for trying the cluster out: it accepts every message over SMTP on 127.0.0.1 and writes
 * each one to a file of its own ({@code <dir>/<n>.eml}), sending nothing on. Needs only the JDK:
 *
 * <pre>java ops/cluster/SmtpSink.java 2525 target/cluster/mail</pre>
 *
 * Stopping it (kill) is how {@code scenarios.sh} takes the mail server away.
 */
public class SmtpSink {

    private static final AtomicLong RECEIVED = new AtomicLong();

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        Path dir = Files.createDirectories(Path.of(args[1]));
        try (ServerSocket server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
            System.out.println("smtp-sink listening on 127.0.0.1:" + port + ", writing to " + dir);
            while (true) {
                Socket client = server.accept();
                Thread.ofVirtual().start(() -> serve(client, dir));
            }
        }
    }

    private static void serve(Socket client, Path dir) {
        try (client; BufferedReader in = new BufferedReader(
                new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8))) {
            OutputStream out = client.getOutputStream();
            reply(out, "220 smtp-sink ready");
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (command) {
                    case "DATA" -> {
                        reply(out, "354 end with <CRLF>.<CRLF>");
                        StringBuilder message = new StringBuilder();
                        String data;
                        while ((data = in.readLine()) != null && !data.equals(".")) {
                            message.append(data.startsWith("..") ? data.substring(1) : data).append("\r\n");
                        }
                        Path file = dir.resolve(RECEIVED.incrementAndGet() + "-" + System.nanoTime() + ".eml");
                        Files.writeString(file, message, StandardCharsets.UTF_8);
                        reply(out, "250 stored");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "250 ok");
                }
            }
        } catch (IOException e) {
            System.err.println("smtp-sink: " + e.getMessage());
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}

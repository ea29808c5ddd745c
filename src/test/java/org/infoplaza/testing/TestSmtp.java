package org.infoplaza.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * The SMTP port every test context is configured with. Tests that deliver mail start GreenMail on it;
 * while nothing listens there, the mail server counts as down.
 */
public final class TestSmtp {

    public static final int PORT = freePort();

    private TestSmtp() {
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

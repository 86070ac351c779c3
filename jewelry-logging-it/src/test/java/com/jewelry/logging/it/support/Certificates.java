package com.jewelry.logging.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A throw-away PKI made with the openssl CLI and the JDK's keytool: a CA, a collector (server) certificate for
 * 127.0.0.1/localhost, and a service (client) certificate, as PEM files for rsyslog and PKCS12 stores for Java.
 *
 * @param ca           the CA certificate (PEM), trusted by both sides
 * @param serverCert   the collector's certificate (PEM), signed by the CA
 * @param serverKey    its private key (PEM)
 * @param clientStore  the service's key store (PKCS12): client certificate, key and CA chain
 * @param trustStore   the service's trust store (PKCS12): the CA only
 * @param password     password of both stores
 */
public record Certificates(Path ca, Path serverCert, Path serverKey, Path clientStore, Path trustStore, String password) {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    /** A new CA named {@code caName} and certificates signed by it, in {@code dir}. */
    public static Certificates generate(Path dir, String caName) {
        Path openssl = Ci.tool("openssl");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        String password = "it-" + Long.toHexString(Double.doubleToLongBits(Math.random()));
        try {
            Files.createDirectories(dir);
            Path caKey = dir.resolve("ca-key.pem");
            Path ca = dir.resolve("ca.pem");
            run(openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", caKey, "-out", ca, "-days", "2",
                    "-subj", "/CN=" + caName, "-addext", "basicConstraints=critical,CA:TRUE",
                    "-addext", "keyUsage=critical,keyCertSign,cRLSign");
            Path serverKey = dir.resolve("collector-key.pem");
            Path serverCert = dir.resolve("collector-cert.pem");
            sign(openssl, dir, ca, caKey, "localhost", serverKey, serverCert,
                    "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n");
            Path clientKey = dir.resolve("service-key.pem");
            Path clientCert = dir.resolve("service-cert.pem");
            sign(openssl, dir, ca, caKey, "jewelry-it-service", clientKey, clientCert, "extendedKeyUsage=clientAuth\n");
            Path clientStore = dir.resolve("service.p12");
            run(openssl, "pkcs12", "-export", "-in", clientCert, "-inkey", clientKey, "-certfile", ca, "-name", "service",
                    "-out", clientStore, "-passout", "pass:" + password);
            Path trustStore = dir.resolve("trust.p12");
            run(keytool, "-importcert", "-noprompt", "-alias", "logging-ca", "-file", ca, "-keystore", trustStore,
                    "-storetype", "PKCS12", "-storepass", password);
            return new Certificates(ca, serverCert, serverKey, clientStore, trustStore, password);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sign(Path openssl, Path dir, Path ca, Path caKey, String cn, Path key, Path cert, String extensions)
            throws IOException {
        Path csr = dir.resolve(cn + ".csr");
        Path ext = dir.resolve(cn + ".ext");
        Files.writeString(ext, extensions);
        run(openssl, "req", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", csr, "-subj", "/CN=" + cn);
        run(openssl, "x509", "-req", "-in", csr, "-CA", ca, "-CAkey", caKey, "-set_serial",
                Long.toString(System.nanoTime() & Long.MAX_VALUE), "-days", "2", "-out", cert, "-extfile", ext);
    }

    private static void run(Path tool, Object... args) {
        List<String> command = new ArrayList<>();
        command.add(tool.toString());
        for (Object arg : args) {
            command.add(arg.toString());
        }
        Processes.run(LIMIT, command).orFail(String.join(" ", command));
    }

    /** The store locations as Logback resource URLs ({@code file:...}). */
    public String clientStoreUrl() {
        return clientStore.toUri().toString();
    }

    public String trustStoreUrl() {
        return trustStore.toUri().toString();
    }
}

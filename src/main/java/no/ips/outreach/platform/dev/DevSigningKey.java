package no.ips.outreach.platform.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** The local RSA key pair of dev mode, created under the data directory at first start and reused after. */
public final class DevSigningKey {

    private static final String PRIVATE_FILE = "dev-jwt-private.pem";
    private static final String PUBLIC_FILE = "dev-jwt-public.pem";

    private DevSigningKey() {
    }

    public static synchronized KeyPair loadOrCreate(Path dataDir) {
        try {
            Path privateFile = dataDir.resolve(PRIVATE_FILE);
            Path publicFile = dataDir.resolve(PUBLIC_FILE);
            if (!Files.exists(privateFile) || !Files.exists(publicFile)) {
                Files.createDirectories(dataDir);
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                Files.writeString(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                Files.writeString(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                return pair;
            }
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(der(Files.readString(privateFile))));
            PublicKey publicKey = rsa.generatePublic(new X509EncodedKeySpec(der(Files.readString(publicFile))));
            return new KeyPair(publicKey, privateKey);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the dev signing key in " + dataDir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The dev signing key in " + dataDir + " is unreadable; delete it to get a new one", e);
        }
    }

    public static String publicKeyPem(KeyPair pair) {
        return pem("PUBLIC KEY", pair.getPublic().getEncoded());
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] der(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
    }
}

package uk.interchange.app.audit;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.HexFormat;

/** Signs tree heads with an Ed25519 key, and checks them with its public half. */
public final class HeadSigner {
    private final PrivateKey key;
    private final byte[] publicKey;
    private final String keyId;

    private HeadSigner(PrivateKey key, byte[] publicKey) {
        this.key = key;
        this.publicKey = publicKey.clone();
        this.keyId = keyId(publicKey);
    }

    public static HeadSigner generate() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            return new HeadSigner(pair.getPrivate(), pair.getPublic().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java cannot make Ed25519 keys", e);
        }
    }

    /** A signer from a private key in PKCS#8 form and its public key in X.509 form. */
    public static HeadSigner of(byte[] pkcs8, byte[] x509) {
        try {
            KeyFactory f = KeyFactory.getInstance("Ed25519");
            return new HeadSigner(f.generatePrivate(new PKCS8EncodedKeySpec(pkcs8)), x509);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 private key: " + e.getMessage(), e);
        }
    }

    public byte[] privateKey() {
        return key.getEncoded();
    }

    public byte[] publicKey() {
        return publicKey.clone();
    }

    public String keyId() {
        return keyId;
    }

    public TreeHead sign(long size, byte[] root, Instant at) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(key);
            s.update(TreeHead.signed(size, at, root));
            return new TreeHead(size, root, at, keyId, s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not sign a tree head", e);
        }
    }

    /** Whether the head was signed by the private half of this X.509 public key. */
    public static boolean verify(TreeHead head, byte[] x509) {
        try {
            PublicKey pk = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509));
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(pk);
            s.update(TreeHead.signed(head.size(), head.signedAt(), head.root()));
            return s.verify(head.signature());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** The first 16 hex digits of the SHA-256 of the public key. */
    public static String keyId(byte[] x509) {
        return HexFormat.of().formatHex(Leaf.sha256().digest(x509)).substring(0, 16);
    }
}

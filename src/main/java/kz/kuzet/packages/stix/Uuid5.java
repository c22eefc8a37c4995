package kz.kuzet.packages.stix;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/** Name-based UUIDs (RFC 4122 version 5, SHA-1): the same namespace and name always give the same id. */
public final class Uuid5 {

    /** STIX 2.1's namespace for cyber-observable ids (section 2.9). */
    public static final UUID STIX_SCO = UUID.fromString("00abedb4-aa42-466c-9c01-fed23315a9b7");
    /** RFC 4122's URL namespace. */
    public static final UUID URL = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");
    /** Kuzet's namespace for its STIX objects and packages. */
    public static final UUID KUZET = of(URL, "urn:kuzet:stix");

    private Uuid5() {
    }

    public static UUID of(UUID namespace, String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            ByteBuffer ns = ByteBuffer.allocate(16);
            ns.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
            sha1.update(ns.array());
            byte[] h = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            h[6] = (byte) ((h[6] & 0x0f) | 0x50);
            h[8] = (byte) ((h[8] & 0x3f) | 0x80);
            ByteBuffer b = ByteBuffer.wrap(h, 0, 16);
            return new UUID(b.getLong(), b.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

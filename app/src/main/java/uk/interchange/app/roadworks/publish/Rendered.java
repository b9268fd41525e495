package uk.interchange.app.roadworks.publish;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;

/**
 * A feed's body with its validators: a strong ETag from the bytes and Last-Modified from the latest change, so a
 * client polling the feed gets 304 Not Modified until something changes.
 */
record Rendered(byte[] body, String etag, Instant lastModified, MediaType type) {
    static Rendered of(String body, Instant lastModified, MediaType type) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(bytes);
            return new Rendered(bytes, "\"" + HexFormat.of().formatHex(d, 0, 12) + "\"", lastModified, type);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    ResponseEntity<byte[]> answer(WebRequest request) {
        if (request.checkNotModified(etag, lastModified.toEpochMilli())) {
            return null; // Spring has set 304 and the validators
        }
        return ResponseEntity.ok()
                .contentType(type)
                .eTag(etag)
                .lastModified(lastModified)
                .cacheControl(CacheControl.maxAge(60, TimeUnit.SECONDS).cachePublic())
                .body(body);
    }
}

package se.samspar.base;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A PDF answered by the HTTP API: inline, with its file name and its SHA-256 in {@code X-Content-SHA256}. */
public final class PdfResponse {

    private PdfResponse() {
    }

    public static ResponseEntity<byte[]> of(String fileName, byte[] pdf) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
                .header("X-Content-SHA256", Sha256.hex(pdf))
                .body(pdf);
    }
}

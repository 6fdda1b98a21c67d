package org.silta.app.shared;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The address people reach Silta at, for links in emails: {@code silta.base-url} or the current request's. */
public final class BaseUrl {

    private BaseUrl() {
    }

    public static String of(String configured) {
        return configured != null && !configured.isBlank() ? configured.replaceAll("/+$", "")
                : ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}

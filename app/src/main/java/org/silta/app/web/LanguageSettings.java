package org.silta.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.silta.app.identity.Accounts;
import org.silta.app.identity.SignedIn;
import org.silta.app.shared.Languages;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The interface language: chosen on the language menu ({@code ?lang=fi}, remembered in a cookie and
 * in the person's profile for emails), otherwise negotiated from the browser's Accept-Language.
 */
@Configuration(proxyBeanMethods = false)
class LanguageSettings implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = Languages.INTERFACE.stream().map(Locale::of).toList();

    private final Accounts accounts;

    LanguageSettings(Accounts accounts) {
        this.accounts = accounts;
    }

    @Bean
    MessageSource messageSource() {
        return new IcuMessageSource();
    }

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("SILTA_LANG");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(LanguageSettings::negotiate);
        return resolver;
    }

    static Locale negotiate(HttpServletRequest request) {
        var header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            var best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return best == null ? Locale.ENGLISH : best;
        } catch (IllegalArgumentException malformed) {
            return Locale.ENGLISH;
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                var lang = request.getParameter("lang");
                if (lang != null && Languages.INTERFACE.contains(lang)) {
                    var locale = Locale.of(lang);
                    localeResolver().setLocale(request, response, locale);
                    var authentication = SecurityContextHolder.getContext().getAuthentication();
                    if (authentication != null && authentication.getPrincipal() instanceof SignedIn me) {
                        accounts.changeLocale(me.id(), locale);
                    }
                }
                return true;
            }
        });
    }
}

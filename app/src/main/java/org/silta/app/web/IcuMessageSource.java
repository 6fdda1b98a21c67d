package org.silta.app.web;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Message bundles formatted with ICU, so plurals follow each language's rules (Russian has four forms). */
class IcuMessageSource extends ResourceBundleMessageSource {

    IcuMessageSource() {
        setBasename("messages");
        setDefaultEncoding("UTF-8");
        setFallbackToSystemLocale(false);
    }

    @Override
    protected String getMessageInternal(String code, Object[] args, Locale locale) {
        if (code == null) {
            return null;
        }
        var effective = locale == null ? Locale.ENGLISH : locale;
        var pattern = resolveCodeWithoutArguments(code, effective);
        if (pattern == null) {
            return super.getMessageInternal(code, args, effective);
        }
        return new MessageFormat(pattern, ULocale.forLocale(effective)).format(resolveArguments(args, effective));
    }
}

package org.infoplaza.notification;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.infoplaza.shared.Translations;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * Renders a message kind with Thymeleaf: {@code mail/<kind>.txt} (plain text) and
 * {@code mail/<kind>.html}, and the subject from the bundle key {@code mail.<kind>.subject}, which may use
 * the model too (for example {@code Recordatorio: [(${title})]}). {@code #{key}} expressions read the
 * same Spanish and English bundles as the UI, in the recipient's language.
 */
@Component
class MailTemplates {

    private final TemplateEngine engine = new TemplateEngine();
    private final Translations translations;

    MailTemplates(Translations translations) {
        this.translations = translations;
        engine.addTemplateResolver(fileResolver("*.html", TemplateMode.HTML, 1));
        engine.addTemplateResolver(fileResolver("*.txt", TemplateMode.TEXT, 2));
        StringTemplateResolver subjects = new StringTemplateResolver();
        subjects.setTemplateMode(TemplateMode.TEXT);
        subjects.setOrder(3);
        engine.addTemplateResolver(subjects);
        engine.setMessageResolver(new BundleMessages());
    }

    RenderedMail render(String kind, Locale locale, Map<String, Object> model) {
        Locale language = Translations.supported(locale);
        Context context = new Context(language, model);
        String subjectPattern = translations.getTranslation("mail." + kind + ".subject", language);
        return new RenderedMail(
                engine.process(subjectPattern, context).strip(),
                engine.process(kind + ".txt", context),
                engine.process(kind + ".html", context));
    }

    private static ClassLoaderTemplateResolver fileResolver(String pattern, TemplateMode mode, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("mail/");
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setOrder(order);
        return resolver;
    }

    /** {@code #{key(arg)}} in templates, answered by the application's bundles. */
    private final class BundleMessages implements IMessageResolver {

        @Override
        public String getName() {
            return "infoplaza-bundles";
        }

        @Override
        public Integer getOrder() {
            return 0;
        }

        @Override
        public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] params) {
            return translations.getTranslation(key, context.getLocale(), params == null ? new Object[0] : params);
        }

        @Override
        public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                Object[] params) {
            return "!" + key;
        }
    }
}

package uk.interchange.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Properties;
import org.springframework.boot.web.server.MimeMappings;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The GOV.UK Frontend stylesheet asks for its fonts and images at {@code /assets/...}, as the design system's own
 * build serves them; the webjar holds them under its versioned folder, so they are served from there at the address
 * the stylesheet names. Their names carry a hash of their content, so they are cached for a year.
 */
@Configuration(proxyBeanMethods = false)
public class StaticAssets implements WebMvcConfigurer {
    static final String WEBJAR = "META-INF/maven/org.webjars.npm/govuk-frontend/pom.properties";

    /** The OpenAPI document ({@code static/api/openapi.yaml}) as YAML (RFC 9512): the server knows no such type. */
    @Bean
    WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> yamlType() {
        return factory -> {
            MimeMappings yaml = new MimeMappings();
            yaml.add("yaml", "application/yaml");
            factory.addMimeMappings(yaml);
        };
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/" + govukVersion()
                        + "/dist/govuk/assets/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic());
    }

    /** The version of the GOV.UK Frontend webjar on the class path, from its Maven properties. */
    static String govukVersion() {
        try (InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream(WEBJAR)) {
            if (in == null) {
                throw new IllegalStateException("the GOV.UK Frontend webjar is not on the class path (" + WEBJAR + ")");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

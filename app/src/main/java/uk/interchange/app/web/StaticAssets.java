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
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The GOV.UK Frontend stylesheet asks for its fonts and images at {@code /assets/...}, as the design system's own
 * build serves them; the webjar holds them under its versioned folder, so they are served from there at the address
 * the stylesheet names. Their names carry a hash of their content, so they are cached for a year. Static files
 * carry an ETag besides Last-Modified, so that a cached copy is checked cheaply once its hour is up.
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
        CacheControl year = CacheControl.maxAge(Duration.ofDays(365)).cachePublic();
        // the project's own files keep their names from one release to the next: an hour, then checked again
        CacheControl hour = CacheControl.maxAge(Duration.ofHours(1));
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/" + govukVersion()
                        + "/dist/govuk/assets/")
                .setCacheControl(year)
                .setEtagGenerator(StaticAssets::etag);
        // a webjar's address holds its version
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(year)
                .setEtagGenerator(StaticAssets::etag);
        for (String folder : new String[] {"css", "js", "api"}) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(hour)
                    .setEtagGenerator(StaticAssets::etag);
        }
    }

    /** A file's validator from when it changed and its length: no need to read it to answer a revalidation. */
    static String etag(Resource r) {
        try {
            return Long.toHexString(r.lastModified()) + "-" + Long.toHexString(r.contentLength());
        } catch (IOException e) {
            return null; // no ETag then; Last-Modified still serves
        }
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

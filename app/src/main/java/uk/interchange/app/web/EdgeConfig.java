package uk.interchange.app.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The checks every request meets at the edge, after its access rule: the fields' limits ({@link FieldLimits}). A
 * person who may not use an endpoint learns that first, never anything about its fields.
 */
@Configuration(proxyBeanMethods = false)
public class EdgeConfig implements WebMvcConfigurer {
    private final FieldLimitsInterceptor limits;

    public EdgeConfig(FieldLimitsInterceptor limits) {
        this.limits = limits;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // the access rule's interceptor is registered with order 0 (SecurityConfig); these come after it
        registry.addInterceptor(limits).order(1);
    }
}

package org.infoplaza.shared;

import org.apache.catalina.Context;
import org.apache.catalina.Engine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Names this node in its session cookies when several nodes serve behind one proxy: with
 * {@code infoplaza.node.route=node1} a session id ends in {@code .node1}, and the proxy sends every request
 * carrying it back to the node that holds the session (a Vaadin UI lives in one node's memory). Unset, as on
 * a single server, session ids are left as they are. See {@code ops/cluster/nginx.conf}.
 */
@Configuration(proxyBeanMethods = false)
class NodeRouteConfig {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> nodeRoute(@Value("${infoplaza.node.route:}") String route) {
        return factory -> {
            if (!route.isBlank()) {
                factory.addContextCustomizers((Context context) -> {
                    if (context.getParent() != null && context.getParent().getParent() instanceof Engine engine) {
                        engine.setJvmRoute(route);
                    }
                });
            }
        };
    }
}

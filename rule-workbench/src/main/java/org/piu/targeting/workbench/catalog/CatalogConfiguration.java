package org.piu.targeting.workbench.catalog;

import org.piu.targeting.engine.catalog.FieldCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

    @Bean
    FieldCatalog fieldCatalog() {
        return FieldCatalog.standard();
    }
}

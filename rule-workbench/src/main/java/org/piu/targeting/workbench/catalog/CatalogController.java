package org.piu.targeting.workbench.catalog;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.piu.targeting.engine.catalog.FieldCatalog;
import org.piu.targeting.engine.catalog.FieldDefinition;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/catalog")
@Tag(name = "Field catalog", description = "The fields and operators a targeting rule may use")
class CatalogController {

    private final FieldCatalog catalog;

    CatalogController(FieldCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/fields")
    @Operation(summary = "Every field a rule may use, with type, unit, description, example and allowed operators")
    public List<FieldDefinition> fields() {
        return catalog.fields();
    }
}

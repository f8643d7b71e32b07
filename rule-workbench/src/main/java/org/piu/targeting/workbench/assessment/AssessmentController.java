package org.piu.targeting.workbench.assessment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.piu.targeting.engine.rule.RuleDocuments;
import org.piu.targeting.messages.MessageParser;
import org.piu.targeting.model.FlightManifest;
import org.piu.targeting.model.MessageSource;
import org.piu.targeting.workbench.base.api.InvalidRequestException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;

@RestController
@RequestMapping("/api/v1/assessments")
@Tag(name = "Assessments", description = "Risk assessment of one flight (or, for iAPI, one passenger at check-in)")
class AssessmentController {

    private final AssessmentService assessments;

    AssessmentController(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Assess a flight manifest (docs/formats/flight-manifest.md): screening against every watchlist,"
                    + " then the active release. The same body twice returns the first result marked duplicate. A manifest with a single"
                    + " passenger is the interactive API (iAPI) call at check-in; with ?passengers=sent the answer lists only"
                    + " the passengers sent.")
    public AssessmentResult assess(
            @RequestBody @Schema(implementation = FlightManifest.class) String body,
            @Parameter(description = AssessmentResult.LISTING) @RequestParam(name = "passengers", defaultValue = "all")
                    String passengers) {
        AssessmentResult.listingValid(passengers);
        FlightManifest manifest = read(body);
        return assessments
                .assess(manifest, MessageSource.JSON, MessageParser.contentHash(body))
                .listing(passengers);
    }

    static FlightManifest read(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidRequestException("the request body is empty: send a flight manifest as JSON");
        }
        FlightManifest manifest;
        try {
            manifest = RuleDocuments.manifestMapper()
                    .readValue(body.getBytes(StandardCharsets.UTF_8), FlightManifest.class);
        } catch (JacksonException e) {
            throw InvalidRequestException.unreadableJson("invalid flight manifest", e);
        }
        if (manifest == null) {
            throw new InvalidRequestException("the request body is JSON null: send a flight manifest");
        }
        return manifest;
    }
}

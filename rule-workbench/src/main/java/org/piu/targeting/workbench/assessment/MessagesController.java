package org.piu.targeting.workbench.assessment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.piu.targeting.messages.MessageKind;
import org.piu.targeting.messages.MessageParser;
import org.piu.targeting.messages.ParsedMessages;
import org.piu.targeting.messages.PushType;
import org.piu.targeting.messages.Warning;
import org.piu.targeting.model.FlightManifest;
import org.piu.targeting.workbench.base.api.InvalidRequestException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Raw UN/EDIFACT from the pipeline: PAXLST (API) or PNRGOV (PNR). The type is read from the UNH segment. Sensitive
 * data (religious-meal and medical SSRs, free-text remarks) is dropped by the parser on receipt and never reaches the
 * engine, the archive or the logs.
 */
@RestController
@RequestMapping("/api/v1/messages")
@Tag(name = "Messages", description = "PAXLST and PNRGOV EDIFACT in, one assessment per flight out")
class MessagesController {

    /** What was read from a message, without assessing it. */
    public record ParseResult(
            MessageKind kind,
            PushType push,
            boolean complete,
            String contentHash,
            List<FlightManifest> manifests,
            List<Warning> warnings,
            List<String> cancelledBookings) {}

    /** One assessment per flight in the message, with the parser's warnings. */
    public record MessageAssessment(
            MessageKind kind,
            PushType push,
            boolean complete,
            String contentHash,
            List<AssessmentResult> assessments,
            List<Warning> warnings,
            List<String> cancelledBookings) {}

    private final MessageParser parser;
    private final AssessmentService assessments;

    MessagesController(MessageParser parser, AssessmentService assessments) {
        this.parser = parser;
        this.assessments = assessments;
    }

    @PostMapping(
            consumes = {MediaType.TEXT_PLAIN_VALUE, "application/edifact"},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Parse, assess and archive a PAXLST or PNRGOV message (docs/formats/edifact.md). Recoverable"
                    + " problems become warnings; an unreadable message is a 400 naming the segment (number and tag)"
                    + " and line/column.")
    public MessageAssessment assess(
            @RequestBody String body,
            @Parameter(description = AssessmentResult.LISTING) @RequestParam(name = "passengers", defaultValue = "all")
                    String passengers) {
        AssessmentResult.listingValid(passengers);
        ParsedMessages parsed = parse(body);
        List<AssessmentResult> results = assessments.assess(parsed).stream()
                .map(r -> r.listing(passengers))
                .toList();
        return new MessageAssessment(
                parsed.kind(),
                parsed.push(),
                parsed.complete(),
                parsed.contentHash(),
                results,
                parsed.warnings(),
                parsed.cancelledBookings());
    }

    @PostMapping(
            value = "/parse",
            consumes = {MediaType.TEXT_PLAIN_VALUE, "application/edifact"},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Parse a PAXLST or PNRGOV message into flight manifests and warnings, without assessing")
    public ParseResult parseOnly(@RequestBody String body) {
        ParsedMessages parsed = parse(body);
        return new ParseResult(
                parsed.kind(),
                parsed.push(),
                parsed.complete(),
                parsed.contentHash(),
                parsed.manifests(),
                parsed.warnings(),
                parsed.cancelledBookings());
    }

    private ParsedMessages parse(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidRequestException(
                    "the request body is empty: send one PAXLST or PNRGOV interchange as text");
        }
        return parser.parse(body);
    }
}

package org.irtiqa.schemas.asyncapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * The validation can fail: broken copies of the generated document are reported invalid, at the
 * place that was broken.
 */
class AsyncApiValidationFailsTest {

    private static final String CHANNEL = "/channels/registration.institutions.v1";
    private static final String OPERATION = "/operations/registration-service.sends.registration.institutions.v1";
    private static final String MESSAGE = "/components/messages/InstitutionRegistered";

    private final ObjectNode document = AsyncApiDocument.of("1.0.0");

    @Test
    void theUnbrokenDocumentIsValid() {
        assertThat(AsyncApiSchema.errorsIn(document)).isEmpty();
    }

    @Test
    void aChannelWhoseAddressIsANumberIsInvalid() {
        at(CHANNEL).put("address", 42);
        assertReportedAt(CHANNEL + "/address");
    }

    @Test
    void anOperationWithAnUnknownActionIsInvalid() {
        at(OPERATION).put("action", "publish");
        assertReportedAt(OPERATION + "/action");
    }

    @Test
    void aDocumentOfAnotherAsyncApiVersionIsInvalid() {
        document.put("asyncapi", "2.6.0");
        assertReportedAt("/asyncapi");
    }

    @Test
    void anAvroPayloadThatIsNotAnAvroSchemaIsInvalid() {
        at(MESSAGE + "/payload/schema").put("type", "no-such-avro-type");
        assertReportedAt(MESSAGE + "/payload/schema");
    }

    @Test
    void aKafkaBindingWithAnUnknownSchemaIdLocationIsInvalid() {
        at(MESSAGE + "/bindings/kafka").put("schemaIdLocation", "nowhere");
        assertReportedAt(MESSAGE + "/bindings");
    }

    private ObjectNode at(String pointer) {
        return (ObjectNode) document.at(pointer);
    }

    private void assertReportedAt(String pointer) {
        assertThat(AsyncApiSchema.errorsIn(document))
                .map(Error::toString)
                .anyMatch(error -> error.startsWith(pointer + ":"));
    }
}

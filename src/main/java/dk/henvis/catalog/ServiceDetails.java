package dk.henvis.catalog;

import java.util.List;

/**
 * What a worker needs to know about taking part, beyond the activity itself (HSDS 3.0 service fields); every
 * part optional.
 *
 * @param applicationProcess how to join ("Ring til Bente og aftal første gang"), HSDS {@code application_process}
 * @param alert              a short notice ("Holdet er fuldt"), HSDS {@code alert}
 * @param waitTime           how long one waits for a place, HSDS {@code wait_time}
 * @param interpretation     interpretation offered, HSDS {@code interpretation_services}
 * @param requiredDocuments  what to bring, HSDS {@code required_documents[].document}
 * @param serviceAreas       the areas served, HSDS {@code service_areas[].name}
 */
public record ServiceDetails(String applicationProcess, String alert, String waitTime, String interpretation,
        List<String> requiredDocuments, List<String> serviceAreas) {
    public static final ServiceDetails NONE = new ServiceDetails(null, null, null, null, null, null);

    public ServiceDetails {
        requiredDocuments = requiredDocuments == null ? List.of() : List.copyOf(requiredDocuments);
        serviceAreas = serviceAreas == null ? List.of() : List.copyOf(serviceAreas);
    }

    /** True when the source said none of it. */
    public boolean saysNothing() {
        return applicationProcess == null && alert == null && waitTime == null && interpretation == null
                && requiredDocuments.isEmpty() && serviceAreas.isEmpty();
    }
}

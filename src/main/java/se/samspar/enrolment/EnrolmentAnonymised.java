package se.samspar.enrolment;

/**
 * Published inside the retention's transaction when an enrolment loses its free texts, for
 * modules that keep free texts of their own about it (the assessments' comments).
 */
public record EnrolmentAnonymised(long enrolmentId) {
}

package se.samspar.assessment;

/** A dimension of a programme's assessment template, as the figures name it: its code and Swedish label. */
public record Dimension(String code, String label) {
}

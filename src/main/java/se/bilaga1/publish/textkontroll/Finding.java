package se.bilaga1.publish.textkontroll;

/**
 * One statement of the manuscript and what the published cells say of it: {@code stycke} the paragraph's number
 * (from 1), {@code mening} the sentence, {@code pastaende} the words of the statement, {@code iTexten} the figure or
 * word the text states, {@code iTabellerna} what the cells hold (and, where several could be meant, which was chosen
 * and why), {@code celler} the cells ({@code Tabell 1 | Totalt antal personer | 2024}).
 */
public record Finding(int stycke, String mening, String pastaende, String iTexten, String iTabellerna, String celler,
        Status status) {
}

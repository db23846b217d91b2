package se.bilaga1.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import se.bilaga1.support.HeaderNames;

/**
 * Which sheet of a workbook is read, the same for .xlsx and .xls: the first visible sheet whose name holds one of
 * the source's preferred words, else the first visible one. A hidden sheet (an old version, a lookup list) is read
 * only when no sheet is visible; the hidden sheets left unread are named on the file's message.
 *
 * @param index  the chosen sheet's position in the workbook
 * @param remark the warning naming the hidden sheets not read, or null
 */
record SheetChoice(int index, String remark) {

    static <S> SheetChoice of(List<S> sheets, Function<S, String> name, Predicate<S> hidden, List<String> preferredWords) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < sheets.size(); i++) {
            if (!hidden.test(sheets.get(i))) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            for (int i = 0; i < sheets.size(); i++) {
                candidates.add(i);
            }
        }
        int chosen = candidates.stream()
                .filter(i -> preferredWords.stream().anyMatch(w -> HeaderNames.fold(name.apply(sheets.get(i))).contains(w)))
                .findFirst().orElse(candidates.get(0));
        List<String> unread = new ArrayList<>();
        for (int i = 0; i < sheets.size(); i++) {
            if (i != chosen && hidden.test(sheets.get(i))) {
                unread.add(name.apply(sheets.get(i)));
            }
        }
        return new SheetChoice(chosen, unread.isEmpty() ? null : "VARNING: hidden sheets not read: " + String.join(", ", unread));
    }
}

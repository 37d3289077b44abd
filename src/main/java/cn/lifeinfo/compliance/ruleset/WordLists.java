package cn.lifeinfo.compliance.ruleset;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The word lists an officer keeps on the 词表 sheet instead of regular expressions: one word per row, next to the
 * list's name. A word is matched against the whole value; {@code *} stands for any text and {@code ?} for one
 * character (客户* = starts with 客户, *号* = contains 号, ?先生 = one character then 先生), case is ignored.
 * Everything else in a word is literal, so a word can never be a pattern of its own.
 */
public final class WordLists {

    static final String SHEET_PREFIX = "词表";
    static final String NAME_HEADER = "词表名称 Word list";
    static final String WORD_HEADER = "词语 Word";
    private static final int MAX_WORD = 50;

    private final Map<String, List<String>> lists = new LinkedHashMap<>();

    public Map<String, List<String>> lists() {
        return lists;
    }

    /** Lists a workbook does not define itself (the word lists that replaced pre-#12 regular expressions). */
    void addMissing(Map<String, List<String>> defaults) {
        defaults.forEach((name, words) -> lists.putIfAbsent(name, List.copyOf(words)));
    }

    static WordLists read(String file, Workbook workbook, List<SheetProblem> problems) {
        WordLists result = new WordLists();
        for (Sheet sheet : workbook) {
            if (sheet.getSheetName().startsWith(SHEET_PREFIX)) {
                result.readSheet(file, sheet, problems);
            }
        }
        return result;
    }

    private void readSheet(String file, Sheet sheet, List<SheetProblem> problems) {
        int nameCol = -1;
        int wordCol = -1;
        for (Row row : sheet) {
            if (nameCol < 0) {
                for (var cell : row) {
                    String label = TableTemplates.normalise(DecisionTableReader.text(cell));
                    if (label.equals(NAME_HEADER)) {
                        nameCol = cell.getColumnIndex();
                    } else if (label.equals(WORD_HEADER)) {
                        wordCol = cell.getColumnIndex();
                    }
                }
                if (nameCol >= 0 && wordCol < 0) {
                    problems.add(new SheetProblem(file, sheet.getSheetName(), row.getRowNum() + 1, null,
                            "缺少表头 \"" + WORD_HEADER + "\" / header missing"));
                    return;
                }
                continue;
            }
            String name = DecisionTableReader.text(row.getCell(nameCol));
            String word = DecisionTableReader.text(row.getCell(wordCol));
            if (name.isEmpty() && word.isEmpty()) {
                continue;
            }
            int rowNo = row.getRowNum() + 1;
            if (name.isEmpty() || word.isEmpty()) {
                problems.add(new SheetProblem(file, sheet.getSheetName(), rowNo,
                        CellReference.convertNumToColString(name.isEmpty() ? nameCol : wordCol),
                        "每行须填词表名称和一个词语 / every row needs a list name and one word"));
            } else if (word.length() > MAX_WORD || word.chars().anyMatch(Character::isISOControl)) {
                problems.add(new SheetProblem(file, sheet.getSheetName(), rowNo,
                        CellReference.convertNumToColString(wordCol),
                        "词语过长或含控制字符 / word longer than " + MAX_WORD + " characters or with control characters"));
            } else {
                lists.computeIfAbsent(name, k -> new ArrayList<>()).add(word);
            }
        }
        if (nameCol < 0) {
            problems.add(new SheetProblem(file, sheet.getSheetName(), null, null,
                    "找不到表头 \"" + NAME_HEADER + "\" / header row not found"));
        }
    }

    /** The pattern a rule compares with, built from the list's words. */
    String pattern(String name) throws CellGrammar.Invalid {
        List<String> words = lists.get(name);
        if (words == null) {
            throw new CellGrammar.Invalid("词表中没有 \"" + name + "\" / no word list of that name on the 词表 sheet"
                    + (lists.isEmpty() ? "" : ", 可选 / known: " + String.join(", ", lists.keySet())));
        }
        List<String> alternatives = new ArrayList<>();
        for (String word : words) {
            alternatives.add(glob(word));
        }
        return "(?i)(" + String.join("|", alternatives) + ")";
    }

    static String glob(String word) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : word.toCharArray()) {
            if (c == '*' || c == '?') {
                if (!literal.isEmpty()) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (!literal.isEmpty()) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return regex.toString();
    }
}

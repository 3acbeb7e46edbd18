package io.parcelclaims.message;

import io.parcelclaims.money.Money;
import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words a reader sees for the arguments of explanations and notices, looked up in message
 * sources in order (a carrier's first), so that every term can be overridden:
 *
 * <ul>
 *   <li>Money reads per locale through the pattern {@value #MONEY}, whose {@code {0}} is the amount and
 *       {@code {1}} the currency's term {@code term.currency.<ISO code>} or, without one, the ISO
 *       code: {@code CNY 108.00} in English, {@code 108.00 元} in Chinese ({@code 100.00 美元},
 *       {@code 100.00 CHF} for a currency without a term). Without the pattern money reads
 *       {@code CNY 108.00}.
 *   <li>A list of codes ({@link MessageArg.TermsArg}) reads as each code's term, joined by
 *       {@value #LIST_SEPARATOR}.
 *   <li>A code ({@link MessageArg.CodeArg}) reads as a condition: the term {@code term.condition.<code>}
 *       of the whole code if there is one; else, for a code composed with {@code and}, {@code or},
 *       {@code not(…)} and brackets, each part in words joined by {@value #AND} and {@value #OR}
 *       (a bracketed part inside {@code and} keeps its brackets, {@value #GROUP}), a negation as
 *       {@code term.condition.not(<code>)} or the pattern {@value #NOT}; {@code key=A|B} as the pattern
 *       {@code term.condition.<key>} over the values' terms {@code term.<key>.A} (a defence's
 *       values are denial reasons, {@code term.denial.A}); {@code name>=amount} and
 *       {@code name>amount} as the patterns {@code term.condition.<name>.at-least} and {@code
 *       .above} over the amount in words ({@code <category>-item>amount} as {@code
 *       term.condition.item.above} with the category's term as {@code {1}}); a single code as the
 *       first term of {@code term.condition}, {@code term.denial}, {@code term.mail-class},
 *       {@code term.mode}, {@code term.type}, {@code term.damage}, {@code term.scope},
 *       {@code term.category} and {@code term.currency}. Any code or part without a term reads as itself, so a carrier's
 *       own codes still show.
 *   <li>Other arguments read as their locale-neutral {@link MessageArg#text() text}.
 * </ul>
 *
 * <p>Terms are plain text; the patterns named above are {@link MessageFormat} patterns. Immutable
 * and thread-safe.
 *
 * @since 0.2.0
 */
public final class Wording {
  /** The pattern of an amount of money: {@code {0}} the amount, {@code {1}} the currency. */
  public static final String MONEY = "term.money";

  /** The prefix of a currency's term, such as {@code term.currency.CNY}. */
  public static final String CURRENCY = "term.currency";

  /** The prefix of a condition's term, such as {@code term.condition.insured}. */
  public static final String CONDITION = "term.condition";

  /** The text that joins a list of terms, such as {@code "、"}. */
  public static final String LIST_SEPARATOR = "term.list-separator";

  /** The text between the two sides of an {@code and}, such as {@code " and "}. */
  public static final String AND = "term.and";

  /** The text between alternatives, such as {@code " or "}. */
  public static final String OR = "term.or";

  /** The pattern of a negated condition without its own term: {@code {0}} the condition. */
  public static final String NOT = "term.not";

  /** The pattern of a bracketed part inside an {@code and}: {@code {0}} the part. */
  public static final String GROUP = "term.group";

  private static final List<String> SINGLE_CODE_PREFIXES =
      List.of(CONDITION, "term.denial", "term.mail-class", "term.mode", "term.type", "term.damage",
          "term.scope", "term.category", CURRENCY);
  private static final Pattern VALUES = Pattern.compile("([a-z][a-z-]*)=([A-Za-z0-9_.-]+(?:\\|[A-Za-z0-9_.-]+)*)");
  private static final Pattern COMPARISON = Pattern.compile("(.+?)(>=|>)([A-Z]{3}) (-?[0-9]+(?:\\.[0-9]+)?)");

  private final List<MessageSource> sources;

  private Wording(List<MessageSource> sources) {
    this.sources = List.copyOf(sources);
  }

  /**
   * Words from these sources, looked up in order.
   *
   * @param sources the sources, first wins
   * @return the wording
   */
  public static Wording of(List<MessageSource> sources) {
    return new Wording(sources);
  }

  /**
   * The first source's text for a key.
   *
   * @param key the key
   * @param locale the locale
   * @return the text, or empty when no source has it
   */
  public Optional<String> lookup(String key, Locale locale) {
    Objects.requireNonNull(locale, "locale");
    for (MessageSource source : sources) {
      Optional<String> found = source.pattern(key, locale);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /**
   * Formats a pattern with arguments in words. An argument whose place in the pattern is a
   * {@code choice} (such as {@code {1,choice,1#one document|1<{1} documents}}) is given as its number
   * when it is a decimal or a count of days.
   *
   * @param pattern the {@link MessageFormat} pattern
   * @param arguments the arguments
   * @param locale the locale
   * @return the text
   */
  public String format(String pattern, List<MessageArg> arguments, Locale locale) {
    MessageFormat format = new MessageFormat(pattern, Locale.ROOT);
    Format[] byArgument = format.getFormatsByArgumentIndex();
    Object[] values = new Object[arguments.size()];
    for (int i = 0; i < values.length; i++) {
      MessageArg a = arguments.get(i);
      boolean choice = i < byArgument.length && byArgument[i] instanceof ChoiceFormat;
      if (choice && a instanceof MessageArg.DecimalArg d) {
        values[i] = d.value();
      } else if (choice && a instanceof MessageArg.DaysArg d) {
        values[i] = d.value();
      } else {
        values[i] = words(a, locale);
      }
    }
    return format.format(values);
  }

  /**
   * One argument in words.
   *
   * @param argument the argument
   * @param locale the locale
   * @return the words
   */
  public String words(MessageArg argument, Locale locale) {
    Objects.requireNonNull(argument, "argument");
    if (argument instanceof MessageArg.MoneyArg m) {
      return money(m.value(), locale);
    }
    if (argument instanceof MessageArg.TermsArg t) {
      String separator = lookup(LIST_SEPARATOR, locale).orElse(", ");
      return t.codes().stream().map(c -> lookup(t.key(c), locale).orElse(c)).collect(Collectors.joining(separator));
    }
    if (argument instanceof MessageArg.CodeArg c) {
      return condition(c.value(), locale);
    }
    return argument.text();
  }

  /**
   * An amount of money in words.
   *
   * @param money the money
   * @param locale the locale
   * @return such as {@code 108.00 元} or {@code CNY 108.00}
   */
  public String money(Money money, Locale locale) {
    Objects.requireNonNull(money, "money");
    String code = money.currency().getCurrencyCode();
    String currency = lookup(CURRENCY + "." + code, locale).orElse(code);
    return lookup(MONEY, locale)
        .map(p -> new MessageFormat(p, Locale.ROOT).format(new Object[] {money.amount().toPlainString(), currency}))
        .orElse(money.toString());
  }

  /**
   * A condition code, or any single code, in words.
   *
   * @param code the code, such as {@code insured and (type=LOSS or damage=TOTAL)}
   * @param locale the locale
   * @return the words; parts without a term as themselves
   */
  public String condition(String code, Locale locale) {
    Objects.requireNonNull(code, "code");
    Optional<String> whole = lookup(CONDITION + "." + code, locale);
    if (whole.isPresent()) {
      return whole.get();
    }
    try {
      Parser p = new Parser(code);
      Node n = p.expression();
      if (p.pos != code.length()) {
        return single(code, locale);
      }
      return n.words(this, locale, false);
    } catch (IllegalArgumentException e) {
      return single(code, locale);
    }
  }

  private String single(String code, Locale locale) {
    for (String prefix : SINGLE_CODE_PREFIXES) {
      Optional<String> t = lookup(prefix + "." + code, locale);
      if (t.isPresent()) {
        return t.get();
      }
    }
    return code;
  }

  private String atom(String code, Locale locale) {
    Optional<String> whole = lookup(CONDITION + "." + code, locale);
    if (whole.isPresent()) {
      return whole.get();
    }
    Matcher v = VALUES.matcher(code);
    if (v.matches()) {
      String key = v.group(1);
      String valuePrefix = key.equals("defence") ? "term.denial" : "term." + key;
      Optional<String> pattern = lookup(CONDITION + "." + key, locale);
      List<String> words = new ArrayList<>();
      for (String value : v.group(2).split("\\|")) {
        Optional<String> t = lookup(valuePrefix + "." + value, locale);
        if (t.isEmpty()) {
          return code;
        }
        words.add(t.get());
      }
      return pattern.map(p -> new MessageFormat(p, Locale.ROOT).format(new Object[] {alternatives(words, locale)}))
          .orElse(code);
    }
    Matcher c = COMPARISON.matcher(code);
    if (c.matches()) {
      String name = c.group(1);
      String suffix = c.group(2).equals(">=") ? ".at-least" : ".above";
      String amount;
      try {
        amount = money(Money.of(c.group(3), c.group(4)), locale);
      } catch (RuntimeException e) {
        return code;
      }
      Optional<String> pattern = lookup(CONDITION + "." + name + suffix, locale);
      if (pattern.isPresent()) {
        return new MessageFormat(pattern.get(), Locale.ROOT).format(new Object[] {amount});
      }
      if (name.endsWith("-item")) {
        String category = name.substring(0, name.length() - "-item".length());
        Optional<String> item = lookup(CONDITION + ".item" + suffix, locale);
        Optional<String> term = lookup("term.category." + category, locale);
        if (item.isPresent() && term.isPresent()) {
          return new MessageFormat(item.get(), Locale.ROOT).format(new Object[] {amount, term.get()});
        }
      }
      return code;
    }
    return single(code, locale);
  }

  private String alternatives(List<String> words, Locale locale) {
    if (words.size() == 1) {
      return words.get(0);
    }
    String separator = lookup(LIST_SEPARATOR, locale).orElse(", ");
    String or = lookup(OR, locale).orElse(" or ");
    return String.join(separator, words.subList(0, words.size() - 1)) + or + words.get(words.size() - 1);
  }

  private sealed interface Node {
    String words(Wording w, Locale locale, boolean insideAnd);
  }

  private record Atom(String code) implements Node {
    @Override
    public String words(Wording w, Locale locale, boolean insideAnd) {
      return w.atom(code, locale);
    }
  }

  private record Not(Node inner, String code) implements Node {
    @Override
    public String words(Wording w, Locale locale, boolean insideAnd) {
      Optional<String> whole = w.lookup(CONDITION + ".not(" + code + ")", locale);
      if (whole.isPresent()) {
        return whole.get();
      }
      String in = inner.words(w, locale, false);
      return w.lookup(NOT, locale).map(p -> new MessageFormat(p, Locale.ROOT).format(new Object[] {in}))
          .orElse("not(" + in + ")");
    }
  }

  private record Group(Node inner) implements Node {
    @Override
    public String words(Wording w, Locale locale, boolean insideAnd) {
      String in = inner.words(w, locale, false);
      if (!insideAnd || !(inner instanceof Or)) {
        return in;
      }
      return w.lookup(GROUP, locale).map(p -> new MessageFormat(p, Locale.ROOT).format(new Object[] {in}))
          .orElse("(" + in + ")");
    }
  }

  private record And(List<Node> parts) implements Node {
    @Override
    public String words(Wording w, Locale locale, boolean insideAnd) {
      String and = w.lookup(AND, locale).orElse(" and ");
      return parts.stream().map(p -> p.words(w, locale, true)).collect(Collectors.joining(and));
    }
  }

  private record Or(List<Node> parts) implements Node {
    @Override
    public String words(Wording w, Locale locale, boolean insideAnd) {
      String or = w.lookup(OR, locale).orElse(" or ");
      String text = parts.stream().map(p -> p.words(w, locale, false)).collect(Collectors.joining(or));
      if (insideAnd) {
        return w.lookup(GROUP, locale).map(p -> new MessageFormat(p, Locale.ROOT).format(new Object[] {text}))
            .orElse("(" + text + ")");
      }
      return text;
    }
  }

  // expression := and (" or " and)*; and := unary (" and " unary)*; unary := "not(" expression ")" |
  // "(" expression ")" | atom, an atom running to the next " and ", " or " or unmatched ")"
  private static final class Parser {
    private final String s;
    private int pos;

    Parser(String s) {
      this.s = s;
    }

    Node expression() {
      List<Node> parts = new ArrayList<>(List.of(and()));
      while (s.startsWith(" or ", pos)) {
        pos += 4;
        parts.add(and());
      }
      return parts.size() == 1 ? parts.get(0) : new Or(parts);
    }

    private Node and() {
      List<Node> parts = new ArrayList<>(List.of(unary()));
      while (s.startsWith(" and ", pos)) {
        pos += 5;
        parts.add(unary());
      }
      return parts.size() == 1 ? parts.get(0) : new And(parts);
    }

    private Node unary() {
      if (s.startsWith("not(", pos)) {
        int start = pos + 4;
        pos = start;
        Node inner = expression();
        expect(')');
        return new Not(inner, s.substring(start, pos - 1));
      }
      if (s.startsWith("(", pos)) {
        pos++;
        Node inner = expression();
        expect(')');
        return new Group(inner);
      }
      int start = pos;
      while (pos < s.length() && s.charAt(pos) != ')' && !s.startsWith(" and ", pos) && !s.startsWith(" or ", pos)) {
        pos++;
      }
      if (pos == start) {
        throw new IllegalArgumentException("empty part at " + start);
      }
      return new Atom(s.substring(start, pos));
    }

    private void expect(char c) {
      if (pos >= s.length() || s.charAt(pos) != c) {
        throw new IllegalArgumentException("expected " + c + " at " + pos);
      }
      pos++;
    }
  }
}

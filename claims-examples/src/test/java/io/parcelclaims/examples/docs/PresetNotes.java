package io.parcelclaims.examples.docs;

import java.util.Map;

/** The source and numbers of each ready preset, by policy id, for the catalogue page. */
final class PresetNotes {
  private PresetNotes() {}

  /** A preset's rule-set page, its source and the numbers it uses, each with its tag. */
  record Note(String page, String source, String numbers) {}

  static final Map<String, Note> ALL = Map.ofEntries();
}

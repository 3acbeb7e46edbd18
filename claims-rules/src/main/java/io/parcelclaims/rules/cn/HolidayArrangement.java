package io.parcelclaims.rules.cn;

import io.parcelclaims.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** One row of a State Council holiday notice: a run of off days and its make-up working days. */
record HolidayArrangement(
    String holiday,
    LocalDate firstOffDay,
    LocalDate lastOffDay,
    List<LocalDate> makeUpWorkingDays) {

  HolidayArrangement {
    makeUpWorkingDays = List.copyOf(makeUpWorkingDays);
  }

  static HolidayArrangement of(
      String holiday, String firstOffDay, String lastOffDay, String... makeUpWorkingDays) {
    return new HolidayArrangement(
        holiday,
        LocalDate.parse(firstOffDay),
        LocalDate.parse(lastOffDay),
        Stream.of(makeUpWorkingDays).map(LocalDate::parse).toList());
  }

  void addTo(BusinessCalendar.Builder builder) {
    builder.offDays(firstOffDay, lastOffDay);
    makeUpWorkingDays.forEach(builder::makeUpWorkingDay);
  }
}

// The calendar the UI draws (month or week) and what the file exports return.

export interface CalendarDeadline {
  id: number;
  caseId: number;
  caseNumber: string | null;
  caseTitle: string;
  /** e.g. `항소장 제출` */
  title: string;
  dueOn: string;
  /** Due before the reference day and still open. */
  overdue: boolean;
  /** Computed with holiday data not yet official (미확정). */
  provisional: boolean;
  assignee: string | null;
  department: string | null;
}

export interface CalendarHearing {
  /** The event id. */
  id: number;
  caseId: number;
  caseNumber: string | null;
  caseTitle: string;
  kind: string;
  /** e.g. `변론기일`, `선고기일` */
  kindName: string;
  date: string;
  /** `HH:MM` (office time, Asia/Seoul) or null when not recorded. */
  time: string | null;
  place: string | null;
}

export interface CalendarDay {
  date: string;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
  /** False for the days of neighbouring months that fill the first and last week of a month grid. */
  inPeriod: boolean;
  /** 공휴일 names (official, 임시공휴일 or provisional); empty on working days and Saturdays. */
  holidays: string[];
  deadlines: CalendarDeadline[];
  hearings: CalendarHearing[];
}

export interface CalendarView {
  /** First and last day of `days` (a month view starts on a Sunday and ends on a Saturday). */
  from: string;
  to: string;
  /** The reference day for `overdue`. */
  today: string;
  days: CalendarDay[];
  /** Years shown without any holiday data (neither official nor computable): their 공휴일 are not marked. */
  yearsWithoutHolidays: number[];
}

/** What every "save as file" export answers: where it went (null when the user cancelled) and how many rows. */
export interface FileExportResult {
  path: string | null;
  count: number;
}

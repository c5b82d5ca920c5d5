/**
 * The DATE rules as a table (the shape of `../table.ts`): each rule id with examples (text,
 * article date, expected span and TIMEX3 value) and counter-examples (texts with no DATE at
 * all). They run as tests (`tests/rules/examples.test.ts`).
 * @module
 */
import { withNotes, type RuleRow, type RuleTable } from "../table.js";
import { PART_OF_DAY_CODES, SEASON_CODES } from "./words.js";

export const DATE_RULES: readonly RuleRow[] = [
  {
    id: "date/dmy",
    description: "A full day-month-year date, with `ngày` or bare: `9/6/2017`, `9-6-2017`, `22.6.2017`; a time after it.",
    examples: [
      { text: "ngày 9/6/2017", find: [{ value: { timex: "2017-06-09" } }] },
      { text: "Ngày 17.2.2025, Ban Thường vụ", find: [{ text: "Ngày 17.2.2025", value: { timex: "2025-02-17" } }] },
      { text: "trước ngày 15-7-2017.", find: [{ text: "ngày 15-7-2017", value: { timex: "2017-07-15" } }] },
      { text: "gửi trước 28/4/2025, đề nghị", find: [{ text: "28/4/2025", value: { timex: "2025-04-28" } }] },
      { text: "từ ngày 1/7/2025", find: [{ text: "ngày 1/7/2025", value: { timex: "2025-07-01" } }] },
      { text: "ngày 29/2/2016", find: [{ value: { timex: "2016-02-29" } }] },
    ],
    counterExamples: [
      { text: "ngày 29/2/2017", date: "2017-06-09" },
      { text: "ngày 32/4/2017", date: "2017-06-09" },
      { text: "Quyết định số 123/2017/NĐ-CP", date: "2017-06-09" },
      // Inside a document number, a date-shaped token is none (`luật số 12/2017/QH14`).
      { text: "Luật số 12/2017/QH14 sửa đổi", date: "2017-06-09" },
    ],
  },
  {
    id: "date/dm",
    description: "Day and month; the year comes from context or the article's date, read backward.",
    examples: [
      { text: "ngày 9/6", date: "2017-06-20", find: [{ value: { timex: "2017-06-09" } }] },
      { text: "Ngày 15-6, Ủy ban", date: "2024-06-15", find: [{ text: "Ngày 15-6", value: { timex: "2024-06-15" } }] },
      { text: "ngày 30/12", date: "2025-01-20", find: [{ value: { timex: "2024-12-30" } }] },
      { text: "ngày 9/6", find: [{ value: { timex: "XXXX-06-09" } }] },
      { text: "Hôm nay (23/6), Quốc hội", date: "2017-06-23", find: [{ text: "23/6", value: { timex: "2017-06-23" } }] },
      { text: "vào hôm 9/6, ông nói", date: "2017-06-20", find: [{ text: "hôm 9/6", value: { timex: "2017-06-09" } }] },
    ],
    counterExamples: [
      { text: "ngày 32/4", date: "2017-06-09" },
      { text: "ngày 32 tháng 4", date: "2017-06-09" },
      { text: "xếp thứ 22/63 tỉnh", date: "2017-06-09" },
      { text: "hôm 32/4", date: "2017-06-09" },
      // A fraction is no date (`ít nhất 3/4 tài sản`, `2/3 số đại biểu`); nor is a meeting's count in a year (`lần 2/2017`).
      { text: "nộp lại ít nhất 3/4 tài sản", date: "2017-06-09" },
      { text: "được 2/3 số đại biểu tán thành", date: "2017-06-09" },
      { text: "chiếm 1/2 diện tích", date: "2017-06-09" },
      { text: "họp Đại hội đồng cổ đông lần 2/2017 nhằm", date: "2017-06-09" },
    ],
  },
  {
    id: "date/part-of-day-dm",
    description: "A part of day (`sáng` TMO, `trưa` TMI, `chiều` TAF, `tối` TEV, `đêm` TNI) and a day-month.",
    examples: [
      { text: "Chiều 9/6, tại Hà Nội", date: "2017-06-09", find: [{ text: "Chiều 9/6", value: { timex: "2017-06-09TAF" } }] },
      { text: "Sáng 20-1, tại Trụ sở", date: "2025-01-20", find: [{ text: "Sáng 20-1", value: { timex: "2025-01-20TMO" } }] },
      { text: "Chiều 21.4, Ban", date: "2025-04-22", find: [{ text: "Chiều 21.4", value: { timex: "2025-04-21TAF" } }] },
      { text: "tối 9/6/2017", find: [{ value: { timex: "2017-06-09TEV" } }] },
    ],
    counterExamples: [
      { text: "buổi sáng", date: "2017-06-09" },
    ],
  },
  {
    id: "date/part-of-day-relative",
    description: "A part of day and `nay`/`qua`/`mai` relative to the article's day.",
    examples: [
      { text: "chiều nay", date: "2024-09-04", find: [{ value: { timex: "2024-09-04TAF" } }] },
      { text: "sáng qua", date: "2024-09-04", find: [{ value: { timex: "2024-09-03TMO" } }] },
    ],
    counterExamples: [],
  },
  {
    id: "date/part-of-day-today-pinned",
    description: "`chiều nay 25-5`: today, with its day written.",
    examples: [
      { text: "Chiều nay 25-5, Văn phòng", date: "2017-05-25", find: [{ text: "Chiều nay 25-5", value: { timex: "2017-05-25TAF" } }] },
    ],
    counterExamples: [],
  },
  {
    id: "date/relative-day",
    description: "`hôm nay`, `hôm qua`, `hôm kia`, `ngày mai`, `ngày hôm nay`.",
    examples: [
      { text: "hôm qua", date: "2017-06-09", find: [{ value: { timex: "2017-06-08" } }] },
      { text: "Hôm nay (23/6), Quốc hội", date: "2017-06-23", find: [{ text: "Hôm nay", value: { timex: "2017-06-23" } }] },
      { text: "hôm nay", date: "2024-03-01", find: [{ value: { timex: "2024-03-01" } }] },
      { text: "hôm qua", date: "2024-03-01", find: [{ value: { timex: "2024-02-29" } }] },
      { text: "hôm nay lúc 2 giờ chiều", date: "2017-02-02", find: [{ value: { timex: "2017-02-02T14:00" } }] },
    ],
    counterExamples: [
      { text: "ngày nay", date: "2017-06-09" },
    ],
  },
  {
    id: "date/same-day",
    description: "`cùng ngày`: the day last mentioned (with a part of day when written).",
    examples: [
      { text: "Chiều 9/6, hội nghị diễn ra. Tối cùng ngày, đoàn về.", date: "2017-06-10", find: [{ text: "Tối cùng ngày", value: { timex: "2017-06-09TEV" } }] },
    ],
    counterExamples: [],
  },
  {
    id: "date/day-month-words",
    description: "`ngày 9 tháng 6 năm 2017`, `24 tháng 7`, `ngày mười lăm tháng tám`.",
    examples: [
      { text: "ngày 9 tháng 6 năm 2017", find: [{ value: { timex: "2017-06-09" } }] },
      { text: "24 tháng 7 năm 2013", find: [{ value: { timex: "2013-07-24" } }] },
      { text: "mùng 1 tháng 1 năm 1999", find: [{ value: { timex: "1999-01-01" } }] },
      { text: "ngày mồng 3 tháng 3 năm 2017", find: [{ value: { timex: "2017-03-03" } }] },
      { text: "Lễ khai mạc vào ngày 9 tháng 6 năm 2017 tại Hà Nội", find: [{ text: "ngày 9 tháng 6 năm 2017", value: { timex: "2017-06-09" } }] },
    ],
    counterExamples: [
      { text: "ngày 32 tháng 4", date: "2017-06-09" },
      { text: "ngày 29 tháng 2 năm 2017", date: "2017-06-09" },
    ],
  },
  {
    id: "date/weekday-date",
    description: "A weekday with a date: `Thứ Sáu, 09/06/2017 23:44`. A weekday that contradicts the date is reported in `meta.warnings`.",
    examples: [
      { text: "Thứ Sáu, 09/06/2017 23:44", find: [{ value: { timex: "2017-06-09T23:44" } }] },
      { text: "Thứ năm, 16/05/2024 15:08", find: [{ value: { timex: "2024-05-16T15:08" } }] },
    ],
    counterExamples: [],
  },
  {
    id: "date/time-date",
    description: "A time before a date: `8h30 ngày 9/6`, `20 giờ ngày 31 tháng 3 năm 1975`.",
    examples: [
      { text: "8h30 ngày 9/6", date: "2017-06-09", find: [{ value: { timex: "2017-06-09T08:30" } }] },
      { text: "20 giờ ngày 31 tháng 3 năm 1975", find: [{ value: { timex: "1975-03-31T20:00" } }] },
      { text: "Đúng 8h30 ngày 9/6, phiên họp bắt đầu", date: "2017-06-10", find: [{ text: "8h30 ngày 9/6", value: { timex: "2017-06-09T08:30" } }] },
      { text: "3 giờ chiều ngày 9/6", date: "2017-06-10", find: [{ value: { timex: "2017-06-09T15:00" } }] },
      { text: "7:30 tối ngày 20/4/2017", find: [{ value: { timex: "2017-04-20T19:30" } }] },
    ],
    counterExamples: [],
  },
  {
    id: "date/month-year",
    description: "`tháng 6/2017`, `tháng 5-2022`, `tháng 6 năm 2017`, `(6 - 2021)`.",
    examples: [
      { text: "tháng 6/2017", find: [{ value: { timex: "2017-06" } }] },
      { text: "tháng 5-2022", find: [{ value: { timex: "2022-05" } }] },
      { text: "tháng 6 năm 2017", find: [{ value: { timex: "2017-06" } }] },
      { text: "tháng 6 năm nay", date: "2017-09-01", find: [{ value: { timex: "2017-06" } }] },
      { text: "thiếu tướng (6 - 2021)", find: [{ text: "6 - 2021", value: { timex: "2021-06" } }] },
    ],
    counterExamples: [
      { text: "tháng 13/2017", date: "2017-06-09" },
    ],
  },
  {
    id: "date/month",
    description: "A month without a year: the year from context or the article's date.",
    examples: [
      { text: "tháng 3", date: "2025-04-01", find: [{ value: { timex: "2025-03" } }] },
      { text: "tháng 12", date: "2025-01-10", find: [{ value: { timex: "2024-12" } }] },
      { text: "vào tháng Sáu", date: "2017-09-01", find: [{ text: "tháng Sáu", value: { timex: "2017-06" } }] },
    ],
    counterExamples: [
      { text: "3 tháng", date: "2017-06-09" },
      { text: "họp mỗi tháng ba lần", date: "2017-06-09" },
      { text: "qua bao tháng năm", date: "2017-06-09" },
    ],
  },
  {
    id: "date/month-year-edge",
    description: "`đầu`/`cuối`/`giữa` before a month or year stay in the span; the value is the period's.",
    examples: [
      { text: "đầu tháng 5/2025", find: [{ value: { timex: "2025-05" } }] },
    ],
    counterExamples: [],
  },
  {
    id: "date/month-edge",
    description: "`cuối tháng 8`: an edge word before a month without a year.",
    examples: [
      { text: "cuối tháng 8", date: "2024-09-23", find: [{ value: { timex: "2024-08" } }] },
    ],
    counterExamples: [],
  },
  {
    id: "date/year",
    description: "`năm 2017`.",
    examples: [
      { text: "năm 2017", find: [{ value: { timex: "2017" } }] },
      { text: "Hiến pháp năm 2013", find: [{ text: "năm 2013", value: { timex: "2013" } }] },
    ],
    counterExamples: [
      { text: "5 năm", date: "2017-06-09" },
      { text: "năm nào", date: "2017-06-09" },
    ],
  },
  {
    id: "date/year-edge",
    description: "`cuối năm 2025`, `đầu năm 2017`.",
    examples: [
      { text: "cuối năm 2025", find: [{ value: { timex: "2025" } }] },
    ],
    counterExamples: [],
  },
  {
    id: "date/relative-year",
    description: "`năm nay`, `năm ngoái`.",
    examples: [
      { text: "năm nay", date: "2017-05-11", find: [{ value: { timex: "2017" } }] },
      { text: "năm ngoái", date: "2017-05-11", find: [{ value: { timex: "2016" } }] },
      { text: "kế hoạch năm tới", date: "2017-05-11", find: [{ text: "năm tới", value: { timex: "2018" } }] },
    ],
    counterExamples: [
      { text: "trong những năm tới", date: "2017-06-09" },
      { text: "số dư chuyển năm sau", date: "2017-06-09" },
      { text: "tăng so với năm trước", date: "2017-06-09" },
      { text: "3 năm tới", date: "2017-06-09" },
    ],
  },
  {
    id: "date/relative-year-edge",
    description: "`cuối năm nay`.",
    examples: [
      { text: "cuối năm nay", date: "2017-05-11", find: [{ value: { timex: "2017" } }] },
    ],
    counterExamples: [],
  },
  {
    id: "date/quarter",
    description: "`quý I/2024`, `quý II năm 2025`, `quý I` (the article's year).",
    examples: [
      { text: "quý I/2024", find: [{ value: { timex: "2024-Q1" } }] },
      { text: "quý II năm 2025", find: [{ value: { timex: "2025-Q2" } }] },
      { text: "quý I", date: "2025-04-01", find: [{ value: { timex: "2025-Q1" } }] },
    ],
    counterExamples: [],
  },
  {
    id: "date/relative-quarter",
    description: "`quý này`, `quý tới`, `quý trước`: a quarter from the article's.",
    examples: [
      { text: "quý tới", date: "2017-02-02", find: [{ value: { timex: "2017-Q2" } }] },
      { text: "quý trước", date: "2017-02-02", find: [{ value: { timex: "2016-Q4" } }] },
    ],
    counterExamples: [
      { text: "2 quý tới", date: "2017-06-09" },
    ],
  },
  {
    id: "date/relative-week",
    description: "`tuần này`, `tuần trước`, `tuần tới`, `tuần sau`: an ISO week from the article's (weeks run Monday to Sunday).",
    examples: [
      { text: "tuần trước", date: "2017-02-02", find: [{ value: { timex: "2017-W04" } }] },
      { text: "trong tuần tới", date: "2017-02-02", find: [{ text: "tuần tới", value: { timex: "2017-W06" } }] },
      { text: "tuần này", date: "2021-01-03", find: [{ value: { timex: "2020-W53" } }] },
    ],
    counterExamples: [
      { text: "3 tuần tới", date: "2017-06-09" },
      { text: "tuần sau đó", date: "2017-06-09" },
      { text: "vài tuần trước", date: "2017-06-09" },
    ],
  },
  {
    id: "date/weekday-week",
    description: "A weekday of a week named relative to the article's: `thứ Hai tuần trước`, `thứ 6 của tuần này`, `Chủ nhật tuần tới`.",
    examples: [
      { text: "thứ Hai tuần trước", date: "2017-02-02", find: [{ value: { timex: "2017-01-23" } }] },
      { text: "thứ 6 của tuần này", date: "2017-02-02", find: [{ value: { timex: "2017-02-03" } }] },
      { text: "Chủ nhật tuần tới", date: "2017-02-02", find: [{ value: { timex: "2017-02-12" } }] },
      { text: "sáng thứ Năm tuần sau", date: "2017-02-02", find: [{ value: { timex: "2017-02-09TMO" } }] },
    ],
    counterExamples: [
      { text: "lần thứ hai", date: "2017-06-09" },
      { text: "thứ hai tới", date: "2017-06-09" },
    ],
  },
  {
    id: "date/half-year",
    description: "`nửa đầu năm 2016` → H1, `nửa cuối năm` → H2.",
    examples: [
      { text: "nửa đầu năm 2016", find: [{ value: { timex: "2016-H1" } }] },
    ],
    counterExamples: [],
  },
  {
    id: "date/months-of-year",
    description: "`6 tháng đầu năm 2017` → H1; `3 tháng đầu năm` → Q1; other counts → a month range.",
    examples: [
      { text: "6 tháng đầu năm 2017", find: [{ value: { timex: "2017-H1" } }] },
      { text: "9 tháng đầu năm 2024", find: [{ value: { timex: "2024-01/2024-09" } }] },
      // No year written: the current year (the article's), `X` where its date is unknown.
      { text: "sơ kết 6 tháng đầu năm, triển khai", date: "2017-07-10", find: [{ text: "6 tháng đầu năm", value: { timex: "2017-H1" } }] },
      { text: "nhiệm vụ 6 tháng cuối năm.", find: [{ text: "6 tháng cuối năm", value: { timex: "XXXX-H2" } }] },
    ],
    counterExamples: [{ text: "6 tháng đầu năm học", date: "2017-07-10" }],
  },
  {
    id: "date/season",
    description: "`mùa Xuân năm 1975` → 1975-SP.",
    examples: [
      { text: "mùa Xuân năm 1975", find: [{ value: { timex: "1975-SP" } }] },
      { text: "mùa hè này", date: "2017-02-02", find: [{ value: { timex: "2017-SU" } }] },
    ],
    counterExamples: [
      { text: "mùa màng", date: "2017-06-09" },
    ],
  },
  {
    id: "date/century",
    description: "`thế kỷ XVIII` → TIMEX3 century `17`.",
    examples: [
      { text: "thế kỷ XVIII", find: [{ value: { timex: "17" } }] },
      { text: "thế kỷ 21", find: [{ value: { timex: "20" } }] },
    ],
    counterExamples: [],
  },
  {
    id: "date/decade",
    description: "`những năm 1980`, `thập niên 1990` → TIMEX3 decade `198`, `199`.",
    examples: [
      { text: "trong những năm 1980 đất nước", find: [{ text: "những năm 1980", value: { timex: "198" } }] },
      { text: "từ đầu thập niên 1990", find: [{ text: "thập niên 1990", value: { timex: "199" } }] },
    ],
    counterExamples: ["những năm tháng ấy"],
  },
  {
    id: "date/tet",
    description: "`Tết Nguyên đán Đinh Dậu - 2017`, `Tết 2018`: the first day of that lunar year, in the solar calendar.",
    examples: [
      { text: "đón Tết Nguyên đán Đinh Dậu – 2017 vui tươi", find: [{ text: "Tết Nguyên đán Đinh Dậu – 2017", value: { timex: "2017-01-28" } }] },
      { text: "dịp Tết 2018 sắp tới", find: [{ text: "Tết 2018", value: { timex: "2018-02-16" } }] },
    ],
    // No year written: which Tết is meant is not fixed.
    counterExamples: ["chuẩn bị đón Tết Nguyên đán"],
  },
  {
    id: "date/day-list",
    description: "`ngày 25, 26 và 27/9/2014`: a list of days of one month, as a range from the first to the last.",
    examples: [
      { text: "diễn ra trong các ngày 25, 26 và 27/9/2014, tại", find: [{ text: "ngày 25, 26 và 27/9/2014", value: { timex: "2014-09-25/2014-09-27" } }] },
      { text: "họp các ngày 3, 4 và 5/6/2021", find: [{ text: "ngày 3, 4 và 5/6/2021", value: { timex: "2021-06-03/2021-06-05" } }] },
    ],
    counterExamples: [],
  },
  {
    id: "date/range-from-present",
    description: "`từ nay đến hết năm 2020`: a range from the article's date (an unknown day `XXXX-XX-XX` where it is unknown) to the written end.",
    examples: [
      { text: "thực hiện từ nay đến hết năm 2020;", date: "2020-05-04", find: [{ text: "từ nay đến hết năm 2020", value: { timex: "2020-05-04/2020" } }] },
      { text: "Các đơn vị thực hiện từ nay đến ngày 30/9/2017 theo kế hoạch của tỉnh và báo cáo kết quả.", find: [{ text: "từ nay đến ngày 30/9/2017", value: { timex: "XXXX-XX-XX/2017-09-30" } }] },
    ],
    counterExamples: ["từ nay đến khi hoàn thành"],
  },
  {
    id: "date/ago",
    description: "`cách đây 5 năm`: the article's year minus five.",
    examples: [
      { text: "cách đây 5 năm", date: "2017-07-07", find: [{ value: { timex: "2012" } }] },
    ],
    counterExamples: [],
  },
  {
    id: "date/period-range",
    description: "`giai đoạn 2017 - 2020`, `nhiệm kỳ 2015-2020`, `thời kỳ 2011 - 2020`.",
    examples: [
      { text: "giai đoạn 2017 - 2020", find: [{ value: { timex: "2017/2020" } }] },
      { text: "nhiệm kỳ 2015-2020", find: [{ value: { timex: "2015/2020" } }] },
    ],
    counterExamples: [
      { text: "giai đoạn 1", date: "2017-06-09" },
      { text: "nhiệm kỳ này", date: "2017-06-09" },
    ],
  },
  {
    id: "date/bare-year-range",
    description: "A bare year range: `2020-2022`, `2020 - 2025`.",
    examples: [
      { text: "các nhiệm kỳ 2015-2017, 2017-2020", find: [{ text: "2017-2020", value: { timex: "2017/2020" } }] },
    ],
    counterExamples: [],
  },
  {
    id: "date/bare-year",
    description: "A bare year in 1900–2100 (`APEC 2017`); not inside a document number, not glued to a word.",
    examples: [
      { text: "Hội nghị Cấp cao APEC 2017 tổ chức", find: [{ text: "2017", value: { timex: "2017" } }] },
    ],
    counterExamples: [
      { text: "Nghị định số 123/2017/NĐ-CP", date: "2017-06-09" },
      { text: "số 2017", date: "2017-06-09" },
      { text: "có 1.200 người", date: "2017-06-09" },
    ],
  },
  {
    id: "date/year-range",
    description: "`năm 2017 - 2020`.",
    examples: [
      { text: "năm 2017 - 2020", find: [{ value: { timex: "2017/2020" } }] },
      { text: "Năm 1975 đến năm 1979: học tại", find: [{ text: "Năm 1975 đến năm 1979", value: { timex: "1975/1979" } }] },
    ],
    counterExamples: [],
  },
  {
    id: "date/day-range",
    description: "Two days of one month: `ngày 21-22/5`, `ngày 21 và 22/6/2017`.",
    examples: [
      { text: "ngày 21-22/5", date: "2024-05-20", find: [{ value: { timex: "2024-05-21/2024-05-22" } }] },
      { text: "ngày 21 và 22/6/2017", find: [{ value: { timex: "2017-06-21/2017-06-22" } }] },
      { text: "ngày 6-7/7", date: "2017-07-08", find: [{ value: { timex: "2017-07-06/2017-07-07" } }] },
    ],
    counterExamples: [],
  },
  {
    id: "date/date-range",
    description: "Two full dates joined by a dash: `9/7/1912-9/7/2017`.",
    examples: [
      { text: "9/7/1912-9/7/2017", find: [{ value: { timex: "1912-07-09/2017-07-09" } }] },
      { text: "3-2-1930 - 3-2-2025", find: [{ value: { timex: "1930-02-03/2025-02-03" } }] },
    ],
    counterExamples: [],
  },
  {
    id: "date/month-year-range",
    description: "Two month-years joined by a dash, `đến` or `tới`, slashed or dotted, as career timelines write them: `6/1970-12/1979`, `tháng 3/1998 - 8/2004`, `5.2009 - 11.2012`; not in a document number, not backwards.",
    examples: [
      { text: "6/1970-12/1979: Trợ lý tác chiến", find: [{ text: "6/1970-12/1979", value: { timex: "1970-06/1979-12" } }] },
      { text: "Tháng 3/1998 - 8/2004: Phó Giám đốc Sở", find: [{ text: "Tháng 3/1998 - 8/2004", value: { timex: "1998-03/2004-08" } }] },
      { text: "+ 2.2013 - 6.2016: Chủ tịch UBND huyện", find: [{ text: "2.2013 - 6.2016", value: { timex: "2013-02/2016-06" } }] },
      { text: "tháng 6/2011 đến tháng 3/2015", find: [{ value: { timex: "2011-06/2015-03" } }] },
    ],
    counterExamples: [
      { text: "chỉ số 5.2009 tăng", date: "2017-06-09" },
      { text: "13.2009 - 14.2012", date: "2017-06-09" },
    ],
  },
  {
    id: "date/range-from-to",
    description: "`từ A đến B`: the span keeps `từ`; what one end leaves out comes from the other.",
    examples: [
      { text: "từ ngày 12 đến ngày 14-6", date: "2024-06-15", find: [{ value: { timex: "2024-06-12/2024-06-14" } }] },
      { text: "từ ngày 7/12/2009 đến 20/3/2011", find: [{ value: { timex: "2009-12-07/2011-03-20" } }] },
      { text: "từ tháng 12/2009 đến tháng 8/2012", find: [{ value: { timex: "2009-12/2012-08" } }] },
      { text: "từ năm 2017 - 2022", find: [{ value: { timex: "2017/2022" } }] },
      { text: "Từ 5.2009 – 11.2012: Bí thư Huyện ủy", find: [{ text: "Từ 5.2009 – 11.2012", value: { timex: "2009-05/2012-11" } }] },
    ],
    counterExamples: [],
  },
  {
    id: "date/range-to-present",
    description: "`từ tháng 10/2016 đến nay`: ends at the article's date, or PRESENT_REF.",
    examples: [
      { text: "từ tháng 10/2016 đến nay", date: "2017-06-09", find: [{ value: { timex: "2016-10/2017-06-09" } }] },
      { text: "Từ đầu năm 2017 đến nay", find: [{ value: { timex: "2017/PRESENT_REF" } }] },
      { text: "từ tháng 10/2016 đến nay", find: [{ value: { timex: "2016-10/PRESENT_REF" } }] },
      { text: "Từ tháng 4.2019 đến nay", date: "2020-01-05", find: [{ value: { timex: "2019-04/2020-01-05" } }] },
      { text: "12.2015 - nay: Bộ trưởng", find: [{ text: "12.2015 - nay", value: { timex: "2015-12/PRESENT_REF" } }] },
    ],
    counterExamples: [],
  },
  {
    id: "date/lunar",
    description: "A lunar date (`âm lịch`) becomes its solar date where the year is known.",
    examples: [
      { text: "ngày 18/6/2017 âm lịch", find: [{ value: { timex: "2017-07-11" } }] },
      { text: "ngày 1 tháng 1 năm 2025 (âm lịch)", find: [{ value: { timex: "2025-01-29" } }] },
      { text: "ngày 18/6 âm lịch", date: "2017-08-01", find: [{ value: { timex: "2017-07-11" } }] },
    ],
    counterExamples: [],
  },
  {
    id: "date/my",
    description: "A bare month/year (`6/2017`).",
    examples: [{ text: "số liệu 6/2017 cho thấy", find: [{ text: "6/2017", value: { timex: "2017-06" } }] }],
    counterExamples: [{ text: "xếp thứ 6/63 tỉnh", date: "2017-06-09" }],
  },
  {
    id: "date/relative-month",
    description: "`tháng này`, `tháng trước`, `tháng tới`: a month from the article's.",
    examples: [
      { text: "tháng trước", date: "2017-06-09", find: [{ value: { timex: "2017-05" } }] },
      { text: "tháng tới", date: "2017-12-09", find: [{ value: { timex: "2018-01" } }] },
    ],
    counterExamples: [],
  },
];

export const DATE_TABLE: RuleTable = { name: "DATE", source: "src/rules/date", output: "DATE", setup: "date", rows: DATE_RULES };

/** The parts of day of PART_OF_DAY_CODES (./words.ts), in its order, each with an example. */
const PART_OF_DAY_ROWS = withNotes(PART_OF_DAY_CODES, [
  { id: "date/part-of-day-dm", description: "`sáng`: morning, TMO",
    examples: [{ text: "Phiên họp sáng 9/6/2017 kết thúc.", find: [{ text: "sáng 9/6/2017", value: { timex: "2017-06-09TMO" } }] }], counterExamples: [] },
  { id: "date/part-of-day-dm", description: "`trưa`: midday, TMI",
    examples: [{ text: "Phiên họp trưa 9/6/2017 kết thúc.", find: [{ text: "trưa 9/6/2017", value: { timex: "2017-06-09TMI" } }] }], counterExamples: [] },
  { id: "date/part-of-day-dm", description: "`chiều`: afternoon, TAF",
    examples: [{ text: "Phiên họp chiều 9/6/2017 kết thúc.", find: [{ text: "chiều 9/6/2017", value: { timex: "2017-06-09TAF" } }] }], counterExamples: [] },
  { id: "date/part-of-day-dm", description: "`tối`: evening, TEV",
    examples: [{ text: "Phiên họp tối 9/6/2017 kết thúc.", find: [{ text: "tối 9/6/2017", value: { timex: "2017-06-09TEV" } }] }], counterExamples: [] },
  { id: "date/part-of-day-dm", description: "`đêm`, `khuya`: night, TNI",
    examples: [
      { text: "Phiên họp đêm 9/6/2017 kết thúc.", find: [{ text: "đêm 9/6/2017", value: { timex: "2017-06-09TNI" } }] },
      { text: "Phiên họp khuya 9/6/2017 kết thúc.", find: [{ text: "khuya 9/6/2017", value: { timex: "2017-06-09TNI" } }] },
    ],
    counterExamples: [] },
]);

/** The seasons of SEASON_CODES (./words.ts), in its order, each with an example (after `mùa`). */
const SEASON_ROWS = withNotes(SEASON_CODES, [
  { id: "date/season", description: "`xuân`: spring, SP",
    examples: [{ text: "Chiến dịch mùa xuân năm 1975 thắng lợi.", find: [{ text: "mùa xuân năm 1975", value: { timex: "1975-SP" } }] }], counterExamples: [] },
  { id: "date/season", description: "`hè`, `hạ`: summer, SU",
    examples: [
      { text: "Chiến dịch mùa hè năm 1975 thắng lợi.", find: [{ text: "mùa hè năm 1975", value: { timex: "1975-SU" } }] },
      { text: "Chiến dịch mùa hạ năm 1975 thắng lợi.", find: [{ text: "mùa hạ năm 1975", value: { timex: "1975-SU" } }] },
    ],
    counterExamples: [] },
  { id: "date/season", description: "`thu`: autumn, FA",
    examples: [{ text: "Chiến dịch mùa thu năm 1975 thắng lợi.", find: [{ text: "mùa thu năm 1975", value: { timex: "1975-FA" } }] }], counterExamples: [] },
  { id: "date/season", description: "`đông`: winter, WI",
    examples: [{ text: "Chiến dịch mùa đông năm 1975 thắng lợi.", find: [{ text: "mùa đông năm 1975", value: { timex: "1975-WI" } }] }], counterExamples: [] },
]);

/** The word tables of ./words.ts whose rows say what each word produces. */
export const DATE_WORDS_TABLE: RuleTable = { name: "DATE words", source: "src/rules/date/words.ts PART_OF_DAY_CODES, SEASON_CODES", output: "DATE", setup: "date", rows: [...PART_OF_DAY_ROWS, ...SEASON_ROWS] };

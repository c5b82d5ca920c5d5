// Rule ids say which pattern fired: the ROLE acceptance reason and what completed an ORG's head.
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";

const CASES: [text: string, span: string, rule: string][] = [
  ["Bí thư Tỉnh ủy Đông Lạc Trần Văn Khải phát biểu.", "Bí thư Tỉnh ủy Đông Lạc", "role/title-body"],
  ["Thủ tướng Trần Văn Khải phát biểu.", "Thủ tướng", "role/title-standalone"],
  ["Ông là đại biểu Quốc hội khóa XV.", "đại biểu Quốc hội", "role/lower-self-bodied"],
  ["Cuộc họp do bí thư tỉnh ủy Trần Văn Khải chủ trì.", "bí thư tỉnh ủy", "role/lower-title-body"],
  ["Ban Thường vụ Tỉnh ủy Đông Lạc họp.", "Ban Thường vụ Tỉnh ủy Đông Lạc", "org/head-body"],
  ["Ông làm việc tại Công ty CP Đông Lạc.", "Công ty CP Đông Lạc", "org/head-firm"],
  ["Quỹ Bảo hiểm xã hội chi trả.", "Quỹ Bảo hiểm xã hội", "org/head-fund"],
  ["Sư đoàn 312 hành quân.", "Sư đoàn 312", "org/head-number"],
  ["Chính phủ nước Lào cho biết.", "Chính phủ nước Lào", "org/head-country"],
];

describe("rule ids name the pattern that fired", () => {
  it.each(CASES)("%s → %s", (text, span, rule) => {
    const e = extract(text).entities.find((x) => x.text === span);
    expect(e?.rule).toBe(rule);
  });
});

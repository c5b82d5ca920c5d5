
describe("a foreign official's post is in no body of Vietnam's party or state", () => {
  it.each([
    // a foreign party right after the post
    ["Ông Somphone Keola, Ủy viên Bộ Chính trị Đảng Nhân dân Cách mạng Lào, dự họp.", "Ủy viên Bộ Chính trị"],
    ["Ông Lý Minh, Ủy viên Bộ Chính trị Đảng Cộng sản Trung Quốc, dự họp.", "Ủy viên Bộ Chính trị"],
    // one list of posts with a foreign one
    ["Ông Lý Minh, Ủy viên Bộ Chính trị, Bộ trưởng Ngoại giao Trung Quốc, dự họp.", "Ủy viên Bộ Chính trị"],
    // a foreign holder
    ["Thứ trưởng Bộ Tư pháp Robert Kessler đã ký quyết định.", "Thứ trưởng Bộ Tư pháp"],
    ["Thứ trưởng Bộ Ngoại giao Valentin Sokolov tiếp đoàn.", "Thứ trưởng Bộ Ngoại giao"],
  ])("%s", (text, role) => {
    const a = roleAttrs(text, role);
    expect(a.bodyRef).toBeUndefined();
    expect(a.titleRef === undefined || !String(a.titleRef).includes("bo-chinh-tri")).toBe(true);
  });
  it.each([
    // counter-examples: Vietnam's party, a Vietnamese ambassador abroad, a Vietnamese (minority) name, an international body
    ["Ông Đỗ Văn Tâm, Ủy viên Bộ Chính trị Đảng Cộng sản Việt Nam, dự họp.", "Ủy viên Bộ Chính trị", "org:bo-chinh-tri"],
    ["Ông Đỗ Văn Tâm, Ủy viên Trung ương Đảng, Đại sứ Việt Nam tại Lào, dự họp.", "Ủy viên Trung ương Đảng", "org:ban-chap-hanh-trung-uong"],
    ["Thứ trưởng Bộ Tư pháp Ksor Hưng đã ký quyết định.", "Thứ trưởng Bộ Tư pháp", "org:bo-tu-phap"],
    ["Tổng Thư ký Liên hợp quốc Maria Santos phát biểu.", "Tổng Thư ký Liên hợp quốc", "org:lien-hop-quoc"],
  ])("keeps the body: %s", (text, role, bodyRef) => {
    expect(roleAttrs(text, role).bodyRef).toBe(bodyRef);
  });
});

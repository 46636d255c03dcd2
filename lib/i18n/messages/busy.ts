/**
 * What a save says when another process's import or rollback is writing: SQLite takes one writer
 * at a time, and an import holds its transaction until it ends.
 */
export const busyText = {
  en: "Not saved: an import or rollback is writing to the database. Try again when it ends.",
  "zh-CN": "未保存：有导入或回滚正在写入数据库，请在其结束后重试。",
};

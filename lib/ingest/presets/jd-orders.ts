import type { Preset } from "./types";

/**
 * JD POP seller order export (京东商家后台 › 订单导出): one row per SKU with
 * the order amount repeated on each, so it is read once per 订单号. Recent
 * exports mask the phone (1******6198), which then names nobody.
 */
export const jdOrders: Preset = {
  id: "jd-orders",
  label: "JD orders",
  kind: "order",
  source: "jd",
  signature: ["下单帐号", "下单时间", "京东价", "订购数量", "客户姓名"],
  columns: {
    orderId: ["订单号"],
    customerId: ["下单帐号"],
    name: ["客户姓名"],
    phone: ["联系电话"],
    orderedAt: ["下单时间"],
    amount: ["订单金额", "应付金额"],
    status: ["订单状态"],
    channel: ["订单渠道", "订单来源"],
    itemName: ["商品名称"],
    sku: ["商品ID", "货号"],
    quantity: ["订购数量"],
    unitPrice: ["京东价"],
  },
  known: ["支付方式", "结算金额", "余额支付", "订单类型", "客户地址", "订单备注", "发票类型", "发票抬头", "发票内容",
    "商家备注", "商家备注等级（等级1-5为由高到低）", "运费金额", "付款确认时间", "增值税发票", "订单完成时间",
    "京东优惠金额", "仓库"],
  orderMoney: "order",
  currency: "CNY",
  phoneRegion: "CN",
  excludedStatuses: ["已取消", "(删除)锁定", "删除", "锁定"],
};

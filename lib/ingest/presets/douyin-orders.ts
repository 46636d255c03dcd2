import type { Preset } from "./types";

/**
 * Douyin shop orders (抖店 › 订单管理 › 批量导出): UTF-8 with a BOM, one row
 * per sub-order (子订单) grouped by 主订单编号, ids written "\t6930…", `-` for
 * empty. Each sub-order has its own amount and status, so they are summed
 * per order. Buyer fields are masked (王**, 138****8001): such rows stay
 * with their order and never join anyone.
 */
export const douyinOrders: Preset = {
  id: "douyin-orders",
  label: "Douyin shop orders",
  kind: "order",
  source: "douyin",
  signature: ["主订单编号", "子订单编号", "选购商品", "订单应付金额", "收件人手机号"],
  columns: {
    orderId: ["主订单编号"],
    lineId: ["子订单编号"],
    itemName: ["选购商品"],
    sku: ["商家编码", "商品ID"],
    quantity: ["商品数量"],
    unitPrice: ["商品金额"],
    amount: ["订单应付金额"],
    orderedAt: ["订单提交时间", "支付完成时间"],
    status: ["订单状态"],
    name: ["收件人"],
    phone: ["收件人手机号"],
  },
  known: ["商品规格", "商品ID", "运费", "支付方式", "详细地址", "支付完成时间", "订单完成时间", "售后状态", "取消原因",
    "发货时间", "达人ID", "平台实际承担优惠金额", "商家实际承担优惠金额", "达人实际承担优惠金额", "商家备注", "订单类型",
    "商家收入金额", "快递信息", "小店名称",
    // 达人昵称 names the influencer who sold the item, not a channel: the orders are the shop's.
    "达人昵称"],
  orderMoney: "line",
  currency: "CNY",
  phoneRegion: "CN",
  excludedStatuses: ["已关闭", "待支付"],
};

import 'server-only'
import { asc, eq, sql } from 'drizzle-orm'
import { getDb } from '@/db/client'
import { categories } from '@/db/schema'

export type CategoryNode = {
  id: number
  parentId: number | null
  slug: string
  path: string
  depth: number
  name: string
  description: string
  questionCount: number
  children: CategoryNode[]
}

/** All categories as a tree in display order (a site has dozens, not thousands). */
export async function listCategoryTree(): Promise<CategoryNode[]> {
  const rows = await getDb()
    .select({
      id: categories.id,
      parentId: categories.parentId,
      slug: categories.slug,
      path: categories.path,
      depth: categories.depth,
      name: categories.name,
      description: categories.description,
      questionCount: categories.questionCount,
    })
    .from(categories)
    .orderBy(asc(categories.depth), asc(categories.position), asc(categories.name))
  const nodes = new Map<number, CategoryNode>()
  const roots: CategoryNode[] = []
  for (const row of rows) nodes.set(row.id, { ...row, children: [] })
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId)
    if (parent) parent.children.push(node)
    else roots.push(node)
  }
  return roots
}

/** Every category of a tree, parents before their children. */
export function flattenCategories(nodes: CategoryNode[]): CategoryNode[] {
  return nodes.flatMap((n) => [n, ...flattenCategories(n.children)])
}

export type CategoryDetail = Omit<CategoryNode, 'children'> & {
  ancestors: { id: number; name: string; path: string }[]
  children: Omit<CategoryNode, 'children'>[]
}

/** A category by its slug path, with its ancestors (root first) and direct children. */
export async function getCategoryByPath(path: string): Promise<CategoryDetail | null> {
  const tree = await listCategoryTree()
  const walk = (nodes: CategoryNode[], ancestors: CategoryNode[]): CategoryDetail | null => {
    for (const node of nodes) {
      if (node.path === path) {
        return {
          ...node,
          ancestors: ancestors.map((a) => ({ id: a.id, name: a.name, path: a.path })),
          children: node.children.map(({ children: _children, ...rest }) => rest),
        }
      }
      if (path.startsWith(`${node.path}/`)) return walk(node.children, [...ancestors, node])
    }
    return null
  }
  return walk(tree, [])
}

/** Where a category that had this address (before a rename, move or merge) lives now, or null. */
export async function getCategoryRedirect(path: string): Promise<string | null> {
  const { rows } = await getDb().execute<{ path: string }>(sql`
    select c.path from category_redirects r join categories c on c.id = r.category_id where r.path = ${path}`)
  return rows[0]?.path ?? null
}

export async function getCategoryById(id: number) {
  const [row] = await getDb()
    .select({ id: categories.id, path: categories.path, name: categories.name, depth: categories.depth })
    .from(categories)
    .where(eq(categories.id, id))
  return row ?? null
}

export type CategoryOption = { id: number; label: string }

/** Categories for a <select>, indented by depth, parents before children. */
export function categoryOptions(tree: CategoryNode[]): CategoryOption[] {
  return flattenCategories(tree).map((c) => ({ id: c.id, label: `${'— '.repeat(c.depth - 1)}${c.name}` }))
}

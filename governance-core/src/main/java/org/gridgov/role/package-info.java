/**
 * Roles: the city's role catalogue (Shuangyashan's 总网格长—网格长—片长—区域长—楼长—单元长, grid workers,
 * branch secretaries), assignments of persons to roles at nodes or in organizations on the primary (A) or a
 * backup (B) post for spans of days, recorded absences, and a {@link org.gridgov.role.Roster} that answers
 * who acts at an instant: the primary when present, else the first backup present (A/B岗).
 */
package org.gridgov.role;

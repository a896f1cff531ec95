/**
 * Test support: the deployment of the real WAR with test classes, running code as a staff
 * member, the browser, and the environment checks that skip MariaDB or browser tests with a
 * clear notice on a machine that lacks them (CI always has both, see .ci/run).
 */
package ru.otklik.testing;

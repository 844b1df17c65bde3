# A settlement report whose second line is 20 MB long, beyond the line reader's 16 MiB limit: recon
# must refuse it with exit status 2, naming the file and line 2, and write nothing.

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
string(REPEAT "x" 1048576 megabyte)
string(REPEAT "${megabyte}" 20 line)
set(header "settlement-id\tsettlement-start-date\tsettlement-end-date\tdeposit-date\ttotal-amount\tcurrency\ttransaction-type\torder-id\tmerchant-order-id\tadjustment-id\tshipment-id\tmarketplace-name\tamount-type\tamount-description\tamount\tfulfillment-id\tposted-date\tposted-date-time\torder-item-code\tmerchant-order-item-id\tmerchant-adjustment-item-id\tsku\tquantity-purchased\tpromotion-id")
file(WRITE "${WORK_DIR}/long.txt" "${header}\n${line}\n")
execute_process(COMMAND "${RECON}" settle --no-book --journal "${WORK_DIR}/books.beancount" long.txt
                WORKING_DIRECTORY "${WORK_DIR}" RESULT_VARIABLE status ERROR_VARIABLE errors OUTPUT_VARIABLE output)
if(NOT status EQUAL 2)
  message(FATAL_ERROR "exit status ${status}, expected 2:\n${errors}")
endif()
if(NOT errors MATCHES "long.txt:2: the line is longer than 16 MiB")
  message(FATAL_ERROR "unexpected message:\n${errors}")
endif()
if(EXISTS "${WORK_DIR}/books.beancount" OR NOT output STREQUAL "")
  message(FATAL_ERROR "a refused run wrote output")
endif()
file(REMOVE_RECURSE "${WORK_DIR}")
